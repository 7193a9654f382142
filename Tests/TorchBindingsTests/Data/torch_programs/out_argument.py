import torch
tensor = torch.ones(4, 4)
tensor[:, 1] = 0
y3 = torch.rand_like(tensor)
print(torch.matmul(tensor, tensor.T, out=y3))
z3 = torch.rand_like(tensor)
print(torch.mul(tensor, tensor, out=z3))
# %%
x = torch.ones(5, 3, dtype=torch.double)
y = torch.rand(5, 3)
result = torch.empty(5, 3)
torch.add(x, y, out=result)
print(result.dtype, (result == x + y).all())
# %%
a = torch.tensor([[1., 2.], [3., 4.]])
o = torch.empty(0)
print(torch.add(a, a, alpha=2, out=o) is o, o)
# %%
o = torch.zeros(3)
torch.sub(a, 1, out=o)
print(o)
# %%
print(torch.sin(a, out=torch.empty(0, dtype=torch.float64)), torch.eq(a, 2, out=torch.empty(0)), torch.lt(a, 3, out=torch.empty(0, dtype=torch.int64)))
# %%
print(torch.clamp(a, min=2, out=torch.empty(0)), torch.neg(a, out=torch.empty(0)), torch.mv(a, a[0], out=torch.empty(0)))
# %%
print(torch.add(a, 1, out=None), torch.mul(a, 2, out=a), a)
# %%
torch.add(a, a, out=torch.empty(0, dtype=torch.int64))
# %%
torch.matmul(a, a, out=torch.empty(0, dtype=torch.float64))
# %%
torch.abs(a, out=torch.empty(0, dtype=torch.float64))
# %%
torch.abs(torch.tensor([1, -2]), out=torch.empty(0))
# %%
w = torch.ones(2, requires_grad=True)
torch.mul(w, 2, out=torch.empty(0))
# %%
torch.clip(w, 0, 1, out=torch.empty(0))
# %%
torch.negative(w, out=torch.empty(0))
# %%
print(torch.gt(w, 0, out=torch.empty(0)))
with torch.no_grad():
    print(torch.mul(w, 3, out=torch.empty(0)))
# %%
torch.add(torch.ones(2), 1, out=torch.empty(0, requires_grad=True))
# %%
torch.add(a, a, out=[1])
# %%
v = torch.ones(3)
torch.mul(v[:2], 2, out=v[1:])
# %%
torch.add(torch.ones(2), 1, out=torch.zeros(1).expand(2))
# %%
a.mul(2, out=a)
# %%
torch.relu(a, out=torch.empty(0))
# %%
print(torch.floor_divide(w, 0.3, out=torch.empty(0)).tolist(), torch.exp(torch.tensor([0, 1]), out=torch.empty(0, dtype=torch.float64)))
# %%
torch.take_along_dim(w, torch.tensor([1, 0]), 0, out=torch.empty(0))
# %%
print(torch.pow(torch.tensor([1., 2.]), 2, out=torch.empty(0)), torch.pow(2, torch.tensor([1., 3.]), out=torch.empty(0, dtype=torch.float64)))
# %%
torch.pow(w, 2, out=torch.empty(0))
# %%
torch.pow(torch.tensor([1., 2.]), 2, out=torch.empty(0, dtype=torch.int64))
