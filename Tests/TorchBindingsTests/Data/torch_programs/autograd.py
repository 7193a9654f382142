import torch
a = torch.tensor(3.0, requires_grad=True)
y = a ** 3
(g,) = torch.autograd.grad(y, a, create_graph=True)
print(g, torch.autograd.grad(g, a), a.grad)
b = torch.tensor(4.0, requires_grad=True)
print(torch.autograd.grad(a * b, [a, b]), torch.autograd.grad(a * 2, (a, b), allow_unused=True))
print(torch.autograd.grad(a * 2, [a, b], materialize_grads=True))
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(torch.autograd.grad(x * x, x, grad_outputs=torch.ones(3)), torch.autograd.grad([x.sum(), (x * 2).sum()], [x]))
out = (x * x).sum()
out.backward(retain_graph=True)
out.backward()
print(x.grad)
x.grad = None
(x * 2).backward(gradient=torch.tensor([1.0, 0.5, 0.0]))
print(x.grad)
x.grad.zero_()
(x * 3).backward(torch.ones(3))
print(x.grad)
x.grad = torch.zeros(3)
torch.autograd.backward((x * x).sum())
print(x.grad)
torch.autograd.backward([x.sum(), (2 * x).sum()])
print(x.grad)
n = x * 2
n.retain_grad()
n.sum().backward()
print(n.grad, n.retains_grad, x.grad)
acc = (x + 1).grad_fn.next_functions[0][0]
print(acc, acc.name(), acc.variable is x, acc.next_functions, (x * 2).grad_fn.next_functions)
print((2 - x).grad_fn, (2 - x).grad_fn.next_functions, (x ** 2).grad_fn.next_functions)
d = x.detach()
print(d.requires_grad, d.is_leaf, d.grad_fn)
d[0] = 9.0
print(x)
w = torch.tensor([0.5])
w.requires_grad_()
print(w.requires_grad, w.requires_grad_(False).requires_grad)
y = x * 2
print(y.detach_(), y.requires_grad, y.grad_fn, y.is_leaf)
x.detach_()
print(x, x.requires_grad)
x.view(3).detach_()
# %%
from torch.autograd import Variable
t = torch.ones(2)
v = Variable(t, requires_grad=True)
print(v, v is t, t.requires_grad, type(v))
w = torch.tensor([1., 2.], requires_grad=True)
(w * w).sum().backward()
w.data -= 0.1 * w.grad
print(w)
w.data = torch.zeros(2)
print(w, w.requires_grad)
w.data = 3
