import torch
print(torch.tensor([torch.tensor(1.), torch.tensor(2)]), torch.tensor([[torch.tensor(1.)]]), torch.tensor([[1, 2], torch.tensor([3, 4])]), torch.tensor(torch.Size([2, 3])), torch.tensor([range(3), [1, 2, 3]]))
# %%
print(torch.tensor([[], []]), torch.tensor([1, 2.5, True]), torch.tensor([1, 2], dtype=torch.bool), torch.tensor((1, 2.5)), torch.tensor([]), torch.tensor(3.5))
# %%
torch.tensor([torch.ones(2), torch.ones(2)])
# %%
torch.tensor(['a'])
# %%
torch.tensor([[1, 'a']])
# %%
torch.tensor([[1, 'a']], dtype=torch.float32)
# %%
torch.tensor(['a', 1], dtype=torch.float32)
# %%
torch.tensor([None])
# %%
torch.tensor(None, dtype=torch.float32)
# %%
torch.tensor([1, None], dtype=torch.int64)
# %%
torch.tensor([{}])
# %%
torch.tensor([[1], None], dtype=torch.float32)
# %%
torch.tensor([1, [2]])
# %%
torch.tensor([1.5, [2]])
# %%
torch.tensor([[1], 2])
# %%
torch.tensor([(1, 2), [3]])
# %%
torch.tensor([[1], []])
# %%
torch.tensor([[1, 2], torch.tensor([3])])
# %%
torch.Tensor([[1], 2])
# %%
torch.ones(2).new_tensor([1, None])
# %%
torch.LongTensor([None])
# %%
torch.FloatTensor(['a'])
# %%
torch.tensor([[[1, 2], [3, 4]], torch.ones(2, 3)])
