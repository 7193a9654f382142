import torch
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
print(x.prod(), torch.prod(x, 1), x.prod(0, keepdim=True), torch.tensor([2, 3]).prod(), x.prod(dtype=torch.float64))
# %%
print(x.cumsum(1), torch.cumsum(x, dim=0), torch.tensor([1, 2, 3]).cumsum(0))
# %%
print(x.flip(0), x.flip(0, 1), torch.flip(x, (1,)), torch.flip(x, [0, 1]))
# %%
print(x.var(), x.std(), x.var(0), torch.std(x, 1, keepdim=True), x.var(unbiased=False))
# %%
print(x.var(1, correction=0), torch.std(x, dim=0, correction=2), x.std(False), torch.var(x, (0, 1)))
# %%
print(x.norm(), torch.norm(x, 1), x.norm(p=float("inf"), dim=1), x.norm(dim=0, keepdim=True), x.norm(p="fro"))
# %%
print(x.logsumexp(1), torch.logsumexp(x, dim=(0, 1)), x.logsumexp(0, keepdim=True))
# %%
print(x.amax(), torch.amin(x), x.amax(1), torch.amin(x, dim=0, keepdim=True), x.amax((0, 1)))
# %%
y = x.detach().requires_grad_()
z = y.prod(1).sum() + y.cumsum(0).flip(1)[0, 0] + y.std() + y.norm() + y.logsumexp(1).sum() + y.amax()
z.backward()
print(z, y.grad)
# %%
print(y.prod().grad_fn.name(), y.var(0).grad_fn.name(), y.norm().grad_fn.name(), y.amax(0).grad_fn.name())
# %%
x.cumsum()
# %%
x.flip()
# %%
torch.flip(x, (0, 0))
# %%
torch.tensor([1, 2]).norm()
# %%
x.logsumexp(2)
