import torch
x = torch.tensor([-1.5, -0.25, 0.5, 2.75])
print(x.clone().floor_(), x.clone().ceil_(), x.clone().round_(), x.clone().trunc_(), x.clone().frac_(), x.clone().fix_())
# %%
print(x.clone().abs_(), x.clone().neg_(), x.clone().exp_(), x.clone().sigmoid_(), x.clone().relu_(), x.clone().sign_(), x.clone().square_())
# %%
y = torch.tensor([[1., 2.], [3., 4.]])
print(y.clone().cumsum_(0), y.clone().cumprod_(dim=1), y.clone().tril_(), y.clone().triu_(1), y.clone().round_(decimals=1).log_())
# %%
print(y.clone().masked_fill_(y > 2, 0), torch.tensor([float('nan'), 1.]).nan_to_num_(0.5), y.clone().fmod_(3), y.clone().atan2_(y))
# %%
a = y.clone()
r = a.sqrt_()
print(r is a, a, a._version)
# %%
w = torch.tensor([0.5, 1.5], requires_grad=True)
h = w * 2
h.exp_()
h.floor_()
print(h, h.grad_fn, h.grad_fn.next_functions[0][0])
# %%
z = w * 1
z.sigmoid_().cumsum_(0).sum().backward()
print(w.grad)
# %%
q = w * 1
q.exp_()
q.sum().backward()
r = (w * 3).sqrt_().mul(2).tanh_()
r.sum().backward()
print(w.grad, r.grad_fn)
# %%
v = torch.tensor([0.5, 1.5], requires_grad=True)
v.exp_()
# %%
torch.tensor([1, 4]).sqrt_()
# %%
torch.tensor([1, 4]).floor_()
# %%
x.log1p(1)
# %%
x.exp(1, 2)
# %%
x.sin(a=1)
# %%
x.floor_(1)
# %%
x.detach(1)
# %%
x.item(1)
# %%
x.clone(1)
# %%
x.float(1)
# %%
torch.sin(x, 1)
# %%
x.split()
# %%
x.backward(foo=1)
# %%
x.register_hook()
# %%
x.norm(1, 2, 3, 4, 5, 6)
# %%
print(x.norm(2, 0, False, torch.float64), x.split(3, 0))
