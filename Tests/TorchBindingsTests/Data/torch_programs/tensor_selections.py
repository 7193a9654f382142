import torch
t = torch.tensor([[3., 1., 2., 1.], [0., 5., 5., -1.]])
t.cummax(1)
# %%
torch.cummin(t, dim=0)
# %%
y = t.detach().requires_grad_()
v, i = y.cummax(1)
v.sum().backward()
print(v, i, y.grad)
# %%
t.kthvalue(2)
# %%
torch.kthvalue(t, 1, 0, keepdim=True)
# %%
t.kthvalue(5)
# %%
torch.tensor([1, 2, 2, 3, 3]).mode()
# %%
t.mode(0)
# %%
values, indices = torch.mode(t, dim=1)
print(values, indices)
# %%
print(t.masked_select(t > 1), torch.masked_select(t, torch.tensor([True, False, True, False])))
# %%
t.masked_select(torch.tensor([1, 0, 1, 0]))
# %%
print(t.nonzero(), torch.argwhere(t > 2), torch.nonzero(torch.tensor(0.)))
# %%
print(t.count_nonzero(), torch.count_nonzero(t, dim=0), t.count_nonzero((0, 1)))
# %%
print(torch.isclose(t, t + 1e-6), t.isclose(t * 1.1, rtol=0.2), torch.isclose(torch.tensor([float("nan")]), torch.tensor([float("nan")]), equal_nan=True))
# %%
torch.isclose(t, t.double())
