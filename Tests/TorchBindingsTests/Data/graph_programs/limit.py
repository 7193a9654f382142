import torch
x = torch.tensor(1.0, requires_grad=True)
y = x
for step in range(200):
    y = y * 1.5 + 1
y
# graph:
# %%
w = torch.ones(2, requires_grad=True)
parts = [w * k for k in range(40)]
total = sum(parts)
# graph: of=total
