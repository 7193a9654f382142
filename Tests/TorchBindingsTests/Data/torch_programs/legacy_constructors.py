import torch
t = torch.FloatTensor([1, 2, 3])
print(t, type(t), t.type(), t.dtype)
# %%
print(torch.LongTensor([1, 2]), torch.DoubleTensor([1.5]), torch.IntTensor([1, 2]), torch.BoolTensor([True, False]))
# %%
print(torch.FloatTensor([[1, 2], [3, 4]]), torch.LongTensor([1.7, -2.5]), torch.BoolTensor([0, 2]), torch.IntTensor((1.9,)))
# %%
print(torch.FloatTensor(2, 3).shape, torch.FloatTensor().shape, torch.LongTensor(2).shape, torch.DoubleTensor(torch.Size([2, 1])).shape, torch.FloatTensor(2, device='cpu').shape)
# %%
print(torch.FloatTensor((2, 3)), torch.FloatTensor([]), torch.FloatTensor(range(3)), torch.FloatTensor([torch.tensor(1.), 2]), torch.FloatTensor([1], device=torch.device('cpu')))
# %%
print(torch.FloatTensor, repr(torch.LongTensor), torch.HalfTensor, torch.BFloat16Tensor, torch.ByteTensor, torch.CharTensor, torch.ShortTensor)
# %%
print(torch.ones(2).type(), torch.ones(2, dtype=torch.long).type(), torch.ones(2, dtype=torch.bool).type(), torch.ones(2, dtype=torch.int8).type(), torch.ones(2, dtype=torch.uint8).type(), torch.ones(2, dtype=torch.int16).type(), torch.ones(2, dtype=torch.float16).type(), torch.ones(2, dtype=torch.bfloat16).type(), torch.ones(2, dtype=torch.int32).type(), torch.ones(2, dtype=torch.float64).type())
# %%
print(isinstance(t, torch.FloatTensor), isinstance(t, torch.Tensor), isinstance(t, torch.LongTensor), isinstance(torch.ones(2, requires_grad=True), torch.FloatTensor), isinstance(torch.ones(1), (torch.LongTensor, torch.FloatTensor)), isinstance([1], torch.FloatTensor))
# %%
print(torch.ones(2).type(torch.LongTensor), torch.ones(2).type(torch.DoubleTensor), torch.ones(2).type('torch.IntTensor'))
# %%
x = torch.FloatTensor([1.])
x.requires_grad_()
(x * 3).sum().backward()
print(x, x.grad, torch.FloatTensor(x.detach()))
# %%
u = torch.ones(2)
v = torch.FloatTensor(u)
v[0] = 5
print(u, v is u)
# %%
torch.FloatTensor("ab")
# %%
torch.FloatTensor(2.5)
# %%
torch.FloatTensor(None)
# %%
torch.FloatTensor(-1)
# %%
torch.FloatTensor(2, 'a')
# %%
torch.LongTensor(torch.ones(2))
# %%
torch.IntTensor([2**40])
# %%
torch.FloatTensor([[1], [2, 3]])
# %%
torch.FloatTensor(2.5, 3)
# %%
torch.FloatTensor([1.5, 2], 2)
# %%
torch.FloatTensor((1, 2), 3)
# %%
torch.FloatTensor(torch.ones(1), dtype=torch.float)
# %%
torch.FloatTensor(3, requires_grad=True)
# %%
torch.LongTensor([1], device='cuda:1')
# %%
torch.LongTensor([1], device='xyz')
