import torch
x = torch.tensor([[-1.5, -0.25, 0.5], [1.5, 2.75, 3.125]])
print(x.floor(), torch.ceil(x), x.trunc(), torch.frac(x))
# %%
print(x.round(), torch.round(x, decimals=1), x.round(decimals=-1))
# %%
w = torch.tensor([1., float("nan"), float("inf"), -float("inf")])
print(w.isnan(), torch.isinf(w), w.isfinite(), torch.isposinf(w), w.isneginf())
# %%
print(w.nan_to_num(), torch.nan_to_num(w, nan=0.5, posinf=9., neginf=-9.))
# %%
b = torch.tensor([[True, False, True], [True, True, True]])
print(b.all(), torch.any(b), b.all(dim=1), torch.all(b, 0, keepdim=True), b.any(1))
# %%
print(torch.tensor([0, 2]).all(), torch.tensor([0., 0.]).any(), x.gt(0).all(dim=(0, 1)))
# %%
y = x.detach().requires_grad_()
z = (y.round(decimals=1) + y.frac() + y.floor()).sum()
z.backward()
print(z, y.grad, y.round().grad_fn.name(), y.round(decimals=0).grad_fn.name())
# %%
torch.tensor([1, 2]).frac()
# %%
torch.tensor([True]).floor()
# %%
x.all(4)
# %%
torch.nan_to_num(x, nan="a")
