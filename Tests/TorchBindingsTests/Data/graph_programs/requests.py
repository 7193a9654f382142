import torch
x = torch.ones(3, requires_grad=True)
y = x * 2
# graph:
# %%
y2 = z2 = x + 1
# graph:
# %%
print(y)
# graph:
# %%
n = 3
# graph:
# %%
# graph: of=nothing
# %%
# graph: of=n
# %%
pair = (y, y2)
pair
# graph:
# %%
mixed = [y, 3]
# graph: of=mixed
# %%
y3 = y * y2
y3.sum()
# graph: of=y3,y,y3
