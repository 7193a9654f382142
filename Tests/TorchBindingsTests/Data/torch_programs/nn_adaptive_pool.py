import torch
import torch.nn as nn
import torch.nn.functional as F
# %%
print(nn.AdaptiveAvgPool2d((5, 7)), nn.AdaptiveAvgPool2d(1), nn.AdaptiveAvgPool2d((None, 2)))
print(nn.AdaptiveMaxPool2d(3), nn.AdaptiveMaxPool2d((2, 3), return_indices=True))
print(nn.Sequential(nn.Conv2d(1, 2, 3), nn.AdaptiveAvgPool2d(1), nn.Flatten()))
# %%
torch.manual_seed(0)
x = torch.randn(1, 2, 5, 7, dtype=torch.float64, requires_grad=True)
for size in [(2, 3), 3, (None, 2), (5, 7), (1, 1), (7, 9), (4, None)]:
    y = F.adaptive_avg_pool2d(x, size)
    (y * torch.arange(y.numel(), dtype=torch.float64).reshape(y.shape)).sum().backward()
    print(size, y.shape, y.grad_fn.name(), y.flatten().tolist(), x.grad.flatten().tolist())
    x.grad = None
# %%
for size in [(2, 3), 3, (None, 2), (5, 7), (1, 1), (7, 9), (4, None)]:
    y, i = F.adaptive_max_pool2d(x, size, return_indices=True)
    (y * torch.arange(y.numel(), dtype=torch.float64).reshape(y.shape)).sum().backward()
    print(size, y.grad_fn, y.flatten().tolist(), i.flatten().tolist(), x.grad.flatten().tolist())
    x.grad = None
# %%
torch.manual_seed(1)
img = torch.randn(3, 6, 6, requires_grad=True)
pool = nn.AdaptiveMaxPool2d((2, 4))
out = pool(img)
out.sum().backward()
print(out)
print(img.grad)
print(nn.AdaptiveAvgPool2d(2)(img))
print(nn.AdaptiveMaxPool2d(2, return_indices=True)(img)[1])
img.grad = None
z = F.adaptive_avg_pool2d(img, (4, 5))
(z * torch.arange(z.numel()).reshape(z.shape) / 7).sum().backward()
print(z.flatten().tolist(), img.grad.flatten().tolist())
# %%
t = torch.tensor([[[1.0, float('nan'), 3.0, float('nan'), 2.0, 5.0], [0.0, 0.0, 7.0, 7.0, -1.0, -1.0]]])
print(F.adaptive_max_pool2d(t, (1, 1), True), F.adaptive_max_pool2d(t, (2, 2), True))
print(F.adaptive_max_pool2d(torch.full((1, 2, 2), float('-inf')), 1, return_indices=True))
# %%
F.adaptive_max_pool2d(torch.ones(4), 2)
# %%
F.adaptive_max_pool2d(torch.ones(1, 1, 4, 4), (2, 2, 2))
# %%
F.adaptive_max_pool2d(torch.ones(1, 1, 4, 4), -1)
# %%
F.adaptive_max_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.long), 2)
# %%
F.adaptive_max_pool2d(torch.ones(1, 0, 4, 4), 2)
# %%
F.adaptive_max_pool2d(torch.ones(1, 1, 0, 4), 2)
# %%
nn.AdaptiveMaxPool2d()
# %%
nn.AdaptiveAvgPool2d(output_size=2, return_indices=True)
# %%
nn.AdaptiveAvgPool2d(2)(torch.ones(4))
