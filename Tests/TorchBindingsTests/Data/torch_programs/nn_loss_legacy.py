# warnings: default
import torch
import torch.nn as nn
import torch.nn.functional as F
# %%
loss_fn = nn.MSELoss(size_average=False)
print(loss_fn, loss_fn.reduction)
x = torch.tensor([1.0, 2.0, 3.0])
for t in range(2):
    print(t, loss_fn(x * t, torch.zeros(3)).item())
# %%
for flags in [dict(size_average=True), dict(reduce=False), dict(size_average=False, reduce=False), dict(reduce=True), dict(size_average=None, reduce=None)]:
    print(flags, nn.L1Loss(**flags).reduction, nn.MSELoss(**flags)(x, torch.ones(3)))
# %%
print(nn.CrossEntropyLoss(size_average=False).reduction, nn.NLLLoss(reduce=False).reduction)
print(nn.BCELoss(None, False).reduction, nn.BCEWithLogitsLoss(reduce=False).reduction)
# %%
print(F.mse_loss(x, torch.zeros(3), size_average=False), F.l1_loss(x, torch.zeros(3), reduce=False))
# %%
print(F.cross_entropy(torch.tensor([[1.0, 2.0]]), torch.tensor([1]), size_average=False))
# %%
nn.MSELoss(size_average=False, reduction='mean').reduction
# %%
again = nn.L1Loss(size_average=False)
print(again.reduction, F.mse_loss(x, torch.zeros(3), size_average=False))
print(F.l1_loss(x, torch.zeros(3), size_average=False), nn.NLLLoss(size_average=False, reduce=True).reduction)
# %%
print(F.softmax(x), F.softmax(x))
