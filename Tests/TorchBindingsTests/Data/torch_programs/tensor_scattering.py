import torch
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
i = torch.tensor([[2, 0], [1, 1]])
print(x.gather(1, i), torch.gather(x, 0, torch.tensor([[1, 0, 1]])))
# %%
z = torch.zeros(2, 3)
print(z.scatter(1, i, torch.ones(2, 2)), torch.scatter(z, 0, torch.tensor([[1, 0, 1]]), 7.), z.scatter(1, i, value=2.5))
# %%
print(z.scatter_add(1, i, torch.ones(2, 2)), torch.scatter_add(z, 1, i, x[:, :2]))
# %%
w = torch.zeros(2, 3)
w.scatter_(1, i, 1.)
w.scatter_add_(0, torch.tensor([[0, 1, 0]]), torch.ones(1, 3))
print(w)
# %%
j = torch.tensor([2, 0])
print(x.index_select(1, j), torch.index_select(x, 0, torch.tensor([1])), x.index_add(1, j, torch.ones(2, 2)), torch.index_add(x, 0, torch.tensor([0]), torch.ones(1, 3), alpha=2))
# %%
print(x.index_fill(1, j, -1.), torch.index_fill(x, 0, torch.tensor([1]), 0.))
# %%
v = x.clone()
v.index_add_(0, torch.tensor([1, 1]), torch.ones(2, 3))
v.index_fill_(1, torch.tensor([0]), 9.)
print(v)
# %%
print(x.index_put((torch.tensor([0, 1]), torch.tensor([2, 0])), torch.tensor([10., 20.])), torch.index_put(x, (torch.tensor([0, 0]),), torch.tensor(1.), accumulate=True))
# %%
u = x.clone()
u.index_put_((torch.tensor([1]), torch.tensor([1])), torch.tensor(0.))
print(u)
# %%
m = torch.arange(1., 10.).reshape(3, 3)
print(m.tril(), torch.triu(m, 1), m.tril(diagonal=-1), torch.triu(m, diagonal=-1))
# %%
print(m.diag(), torch.diag(torch.tensor([1., 2.])), m.diag(1), m.diagonal(), torch.diagonal(m, offset=-1), m.diagonal(0, 1, 0))
# %%
a = torch.tensor([1., 2., 3.])
print(a.outer(torch.tensor([1., 10.])), torch.outer(a, a).shape)
# %%
print(torch.einsum("ij,jk->ik", x, m), torch.einsum("i,i->", a, a), torch.einsum("ij->ji", [x]), torch.einsum("ii", m), torch.einsum("i,j->ij", a, a).shape)
# %%
y = x.detach().requires_grad_()
s = y.gather(1, i).sum() + y.index_select(1, j).sum() + torch.einsum("ij,j->", y, a) + y.tril().sum() + y.diagonal().sum() + y.scatter(1, i, 0.).sum()
s.backward()
print(s, y.grad)
# %%
y = x.detach().requires_grad_()
print(y.gather(1, i).grad_fn.name(), y.scatter(1, i, 0.).grad_fn.name(), y.index_select(0, j[:1]).grad_fn.name(), y.tril().grad_fn.name(), y.diagonal().grad_fn.name(), y.mul(1).index_fill_(1, j, 0.).grad_fn.name())
# %%
x.gather(1, torch.tensor([[3]]))
# %%
x.index_select(1, torch.tensor([1.]))
# %%
torch.tensor([1., 2.]).tril()
# %%
torch.einsum("ij,jk->ik", x, x)
# %%
x.requires_grad_().scatter_(1, i, 0.)
