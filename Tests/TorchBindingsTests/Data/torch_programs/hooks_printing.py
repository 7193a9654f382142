import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
seen = []
h = x.register_hook(lambda g: seen.append(g.clone()))
(x * 2).sum().backward()
print(seen, x.grad, type(h).__name__)
# %%
h.remove()
x.grad = None
(x * 3).sum().backward()
print(len(seen), x.grad)
# %%
y = x * 1
def double(grad):
    return grad * 2
hy = y.register_hook(double)
x.grad = None
(y * y).sum().backward()
print(x.grad)
# %%
hy.remove()
hy.remove()
x.grad = None
y2 = x * 1
(y2 * y2).sum().backward()
print(x.grad)
# %%
w = torch.ones(2, requires_grad=True)
w.register_hook(lambda g: g[:1])
w.sum().backward()
# %%
torch.ones(2).register_hook(lambda g: g)
# %%
t = torch.tensor([1.123456789, 22.5, 0.001])
torch.set_printoptions(precision=2)
print(t)
# %%
torch.set_printoptions(sci_mode=True)
print(t, torch.tensor([1.5, 2.]))
# %%
torch.set_printoptions(threshold=5, edgeitems=2)
print(torch.arange(10.), torch.arange(4))
# %%
torch.set_printoptions(linewidth=30)
print(torch.arange(12.) / 7)
# %%
torch.set_printoptions(profile="default")
print(t, torch.arange(12.) / 7, torch.arange(2000)[:3])
# %%
torch.set_printoptions(profile="short")
print(t)
# %%
torch.set_printoptions(profile="full")
print(torch.arange(1001)[-3:], torch.arange(1001).shape)
# %%
torch.set_printoptions(profile="default")
torch.set_printoptions(digits=3)
