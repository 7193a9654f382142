import torch
t = torch.arange(12.).view(3, 4)
print(t[range(3), torch.tensor([0, 1, 2])])
print(t[range(2)])
# %%
print(t[range(0, 3, 2), 1:], t[:, range(2)])
# %%
print(t[range(3), [1, 2, 3]], t[range(-1, 1)])
# %%
print(t[range(0)], t[range(5, 0)])
# %%
t2 = t.clone()
t2[range(2)] = 0
t2[range(3), range(3)] = -1
print(t2)
# %%
x = torch.arange(5.)
print(x[range(1, 4)], x[range(4, 0, -2)], t[range(3)][..., range(2)])
# %%
y = torch.tensor([[0.1, 0.9], [0.8, 0.2]], requires_grad=True)
z = -y[range(2), torch.tensor([1, 0])].mean()
z.backward()
print(z, y.grad)
# %%
print(torch.tensor(range(3)), torch.tensor(range(4, 0, -1), dtype=torch.float32), torch.tensor([range(2), range(2, 4)]))
# %%
t[range(5)]
