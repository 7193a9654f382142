import torch
x = torch.arange(4.0, requires_grad=True)
v = x.view(2, 2)
v
# graph:
# %%
h = x * 2
first = h[0]
first
# graph: saved
# %%
row = v[1]
total = row.sum() + first
# graph: of=total,row
