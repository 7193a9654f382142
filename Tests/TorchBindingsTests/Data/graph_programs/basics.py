import torch
x1 = torch.ones(2, 2)
y1 = x1 + 2
y1
# graph:
# %%
x2 = torch.ones(2, 2, requires_grad=True)
y2 = x2 + 2
y2
# graph:
# %%
x = torch.ones(2, 2, requires_grad=True)
y3 = x * 2
y4 = x / 2
s = y3 + y4
# graph: of=s
# %%
s.grad_fn.next_functions
# graph: of=y3,y4
# %%
x
# graph:
# %%
x1
# graph:
# %%
a = x
params = [x, x1]
t = (x * 3).sum()
# graph: of=t
# %%
# graph: of=params
# %%
(x * x).sum()
# graph:
# %%
y3.grad_fn
# graph:
