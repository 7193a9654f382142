import torch
torch.manual_seed(0)
x = torch.randn(2, 2, requires_grad=True)
y = x + 2
y.retain_grad()
z = (y*y).sum()
z.retain_grad()
# graph: of=z saved
# %%
z.backward()
# graph: of=z,y grads
# %%
b = x.exp()
c = b.sum()
# graph: of=c saved
