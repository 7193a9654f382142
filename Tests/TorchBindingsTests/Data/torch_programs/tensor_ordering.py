import torch
x = torch.tensor([[3., 1., 2., 5., 4.], [0., 9., 7., 8., 6.]])
print(x.chunk(2, 1), torch.chunk(x, 2))
# %%
print(x.split(2, dim=1), torch.split(x, [1, 4], 1), len(x.split(1)))
# %%
print(x.unbind(), torch.unbind(x, dim=1)[4])
# %%
a, b = x.chunk(2)
print(a.shape, b, type(x.unbind()).__name__)
# %%
s = x.sort()
print(s, s.values is s[0])
# %%
print(torch.sort(x, dim=0, descending=True).indices, x.argsort(), torch.argsort(x, 1, descending=True), x.msort())
# %%
print(x.topk(2), torch.topk(x, 1, dim=0, largest=False))
# %%
values, indices = x.topk(3, sorted=True)
print(values, indices)
# %%
print(x.median(), torch.median(x, 1), x.median(dim=0, keepdim=True).values)
# %%
t = torch.ones(2, 3)
print(t.t_().shape, t.shape)
# %%
y = x.detach().requires_grad_()
z = y.sort(1).values[:, 0].sum() + y.topk(2).values.sum() + y.median() + y.chunk(5, 1)[4].sum() + y.unbind()[1][1]
z.backward()
print(z, y.grad)
# %%
print(y.sort().values.grad_fn.name(), y.topk(1).values.grad_fn.name(), y.median(1).values.grad_fn.name(), y.chunk(2)[0].grad_fn.name())
# %%
x.topk(6)
# %%
x.chunk(0)
# %%
x.split([1, 1], 1)
# %%
x.median(2)
