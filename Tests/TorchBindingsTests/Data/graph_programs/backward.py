import torch
x = torch.tensor(2.0, requires_grad=True)
y = 9*x**4 + 2*x**3 + 3*x**2 + 6*x + 1
# graph: of=y saved
# %%
y.backward()
# graph: of=y saved grads
# %%
w = torch.tensor(3.0, requires_grad=True)
g = w ** 3
g.backward(retain_graph=True)
# graph: of=g saved grads
# %%
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = (v.exp() * v).sum()
out.backward()
# graph: of=out grads
# %%
big = torch.ones(5, 5, requires_grad=True)
(big * 2).sum().backward()
# graph: of=big grads
