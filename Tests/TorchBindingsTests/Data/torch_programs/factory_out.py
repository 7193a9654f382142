import torch
o = torch.empty(0, dtype=torch.float64)
r = torch.zeros(2, 3, out=o)
print(r is o, o)
# %%
o = torch.empty(5)
print(torch.ones(2, out=o), o.shape)
# %%
print(torch.arange(3, out=torch.empty(0, dtype=torch.int64)), torch.arange(0, 1, 0.25, out=torch.empty(0, dtype=torch.float64)), torch.full((2,), 7, out=torch.empty(0, dtype=torch.int32)), torch.full((2,), 1.5, out=torch.empty(0, dtype=torch.int64)))
# %%
print(torch.linspace(0, 1, 3, out=torch.empty(0)), torch.eye(2, out=torch.empty(0)), torch.empty(2, out=torch.zeros(2)))
# %%
torch.manual_seed(0)
a = torch.rand(3, out=torch.empty(0, dtype=torch.float64))
torch.manual_seed(0)
print(a, torch.equal(a, torch.rand(3, dtype=torch.float64)))
# %%
print(torch.randint(5, (3,), out=torch.empty(0, dtype=torch.int64), generator=torch.Generator().manual_seed(1)), torch.randn(2, out=torch.empty(0), generator=torch.Generator().manual_seed(1)), torch.randperm(4, out=torch.empty(0, dtype=torch.int64), generator=torch.Generator().manual_seed(1)))
# %%
print(torch.zeros(2, requires_grad=True, out=torch.empty(0)))
# %%
torch.zeros(2, dtype=torch.float32, out=torch.empty(0, dtype=torch.float64))
# %%
torch.zeros(2, out=torch.empty(0, requires_grad=True))
# %%
torch.zeros(2, out=[1])
# %%
torch.tensor([1.], out=torch.empty(0))
# %%
torch.zeros_like(torch.ones(2), out=torch.empty(0))
