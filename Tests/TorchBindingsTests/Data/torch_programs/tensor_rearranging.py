import torch
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
print(x.repeat(2, 1), x.repeat((1, 2)), x.repeat(2, 1, 1).shape)
# %%
print(x.tile((2,)), torch.tile(x, (2, 1)))
# %%
print(x.roll(1), torch.roll(x, -1, 1), x.roll((1, 1), (0, 1)))
# %%
print(x.rot90(), torch.rot90(x, 2), x.rot90(1, [1, 0]))
# %%
print(x.movedim(0, 1), torch.movedim(x, (0, 1), (1, 0)))
# %%
print(x.diff(), torch.diff(x, dim=0), x.diff(n=2, prepend=torch.zeros(2, 1)))
# %%
print(x.take(torch.tensor([0, 5, -1])), torch.take_along_dim(x, torch.tensor([[0], [2]]), dim=1), x.take_along_dim(torch.tensor([4])))
# %%
w = torch.tensor([[1., float("nan")], [2., 3.]])
print(w.nansum(), torch.nansum(w, 0), w.nansum(dim=1, keepdim=True), w.nanmean(), torch.nanmean(w, dim=0))
# %%
y = x.detach().requires_grad_()
z = y.repeat(2, 1).roll(1).diff().sum()
z.backward()
print(z, y.grad)
# %%
x.repeat(2)
# %%
x.roll((1, 2), 0)
# %%
x.take(torch.tensor([6]))
