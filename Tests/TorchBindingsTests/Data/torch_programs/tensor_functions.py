import torch
x = torch.tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]])
print(x.log1p())
print(torch.expm1(x))
print(x.abs().log2(), torch.log10(x.abs()))
# %%
print(x.tan(), torch.atan(x), torch.arctan(x))
# %%
print((x / 3).asin(), torch.acos(x / 3), torch.arcsin(x / 3), x.exp2())
# %%
print(x.sinh(), torch.cosh(x), x.asinh(), (x.abs() + 1).acosh(), torch.atanh(x / 3))
# %%
print(x.erf(), torch.erfc(x), x.sinc(), x.deg2rad(), torch.rad2deg(x))
# %%
print(torch.sigmoid(x).logit(), x.logit(eps=0.1), torch.logit(x, 0.2))
# %%
print(torch.atan2(x, x * 2 - 1), x.arctan2(x), torch.hypot(x, x), torch.logaddexp(x, x))
# %%
print(torch.fmod(x, 0.7), x.fmod(x * 2 - 1), torch.xlogy(x.abs(), x.abs()))
# %%
torch.fmod(torch.tensor([5, -5]), torch.tensor([0, 3]))
# %%
torch.hypot(torch.tensor([3]), torch.tensor([4]))
# %%
y = x.detach().requires_grad_()
z = y.cumprod(1)
z
# %%
z.sum().backward()
y.grad
# %%
print(torch.cumprod(torch.tensor([1, 2, 3]), 0), x.cumprod(0, dtype=torch.float64))
# %%
print(x.logcumsumexp(1), torch.logcumsumexp(x, dim=0))
# %%
torch.ones(3, 3).trace()
# %%
torch.trace(torch.arange(6).reshape(2, 3))
# %%
torch.ones(3).trace()
# %%
torch.atan2(x, 2)
# %%
x.cumprod()
