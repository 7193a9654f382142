import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * x).sum()
torch.autograd.backward([y, y])
print(x.grad)
y = (x * x).sum()
print(torch.autograd.grad([y, y], [x, x]))
y = (x * x).sum()
print(torch.autograd.grad([y, y * 2], [x]))
# %%
h = x.exp()
z = (h * h).sum()
print(torch.autograd.grad(z, h))
h.sum().backward()
print(x.grad)
z.backward()
# %%
b = torch.tensor([3.0, -1.0], requires_grad=True)
u = x.exp()
v = b.exp()
z = (u * v).sum()
print(torch.autograd.grad(z, [x]), b.grad)
v.sum().backward()
print(b.grad)
u.sum().backward()
# %%
c = torch.tensor(1.5, requires_grad=True)
h = x.sin()
z = (h * 2).sum()
print(torch.autograd.grad(z, [h, c], allow_unused=True))
print(torch.autograd.grad((h * 3).sum(), [c, h], materialize_grads=True))
torch.autograd.grad((h * 3).sum(), [h, c])
# %%
torch.autograd.grad((x * 2).sum(), [x, torch.ones(2)])
# %%
w = torch.tensor(2.0, requires_grad=True)
y = w.exp() * w
y.backward(retain_graph=True)
y.backward(retain_graph=True)
y.backward()
print(w.grad)
y.backward()
# %%
y = w.exp() * w
print(torch.autograd.grad(y, w, retain_graph=True), torch.autograd.grad(y, w))
torch.autograd.grad(y, w)
# %%
p = torch.tensor(2.0, requires_grad=True)
f = p ** 4
(g1,) = torch.autograd.grad(f, p, create_graph=True)
(g2,) = torch.autograd.grad(g1, p, create_graph=True)
(g3,) = torch.autograd.grad(g2, p, create_graph=True)
(g4,) = torch.autograd.grad(g3, p)
print(g1, g2, g3, g4)
print(f.grad_fn is not None, torch.autograd.grad(f, p))
# %%
q = torch.tensor([0.5, -2.0], requires_grad=True)
(q ** 3).sum().backward(create_graph=True)
print(q.grad)
gq = q.grad
(gq * gq).sum().backward()
print(q.grad, gq)
# %%
r = torch.tensor([1.0, 4.0], requires_grad=True)
m = r * r
m.retain_grad()
(m.sqrt()).sum().backward(create_graph=True)
print(m.grad, r.grad)
# %%
s = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with torch.no_grad():
    out = s * 2
print(out.requires_grad)
k = (s * s).sum()
with torch.no_grad():
    print(torch.autograd.grad(k, s, create_graph=True))
    k2 = (s ** 3).sum()
print(k2.requires_grad)
# %%
a1 = torch.tensor([1.0, 2.0], requires_grad=True)
o1 = a1 * 3
o2 = (a1 * a1).sum()
print(torch.autograd.grad([o1, o2], [a1], grad_outputs=[torch.ones(2), None]))
o3 = a1 * 5
print(torch.autograd.grad([o3, o3.sum()], [a1], grad_outputs=[torch.tensor([1.0, -1.0]), None]))
# %%
# Gradients meeting at one node are summed in execution order (newest node first), visible in float32.
x = torch.tensor(1.0, requires_grad=True)
((x * 1e8) + (x * 1.0) + (x * -1e8)).backward()
print(x.grad)
x.grad = None
((x * 1.0) + (x * 1e8) + (x * -1e8)).backward()
print(x.grad)
p = x * 1e8
q = x * 1.0
r = x * -1e8
print(torch.autograd.grad(r + q + p, x, retain_graph=True), torch.autograd.grad(p + q + r, x))
h = x * 1.0
print(torch.autograd.grad(h * 1e8 + h + h * -1e8, [h, x]))
# %%
# One Python object per tensor and per node while it is referenced.
x = torch.tensor([1.0, 2.0], requires_grad=True)
(x * 3).sum().backward()
g = x.grad
(x * 2).sum().backward()
y = x * 2
acc = y.grad_fn.next_functions[0][0]
print(g is x.grad, x.grad is x.grad, y.grad_fn is y.grad_fn, acc is y.grad_fn.next_functions[0][0])
print(acc.variable is x, x.detach() is x.detach(), x.data is x, g)
