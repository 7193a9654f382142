import torch
from torch.utils.data import TensorDataset, DataLoader, random_split, Dataset
# %%
torch.manual_seed(5)
X = torch.randn(7, 2)
y = torch.arange(7)
ds = TensorDataset(X, y)
print(len(ds), ds[0][1], len(ds.tensors))
# %%
loader = DataLoader(ds, batch_size=3, shuffle=True)
print(len(loader))
for epoch in range(2):
    print([yb.tolist() for _, yb in loader])
# %%
print([yb.tolist() for _, yb in DataLoader(ds, batch_size=3, drop_last=True)])
print(len(DataLoader(ds, batch_size=3, drop_last=True)))
# %%
train, test = random_split(ds, [5, 2])
print(len(train), len(test), train[0][1])
# %%
parts = random_split(range(10), [0.5, 0.3, 0.2])
print([list(p) for p in parts])
# %%
batch = next(iter(DataLoader([{'a': 1, 'b': 2.5}, {'a': 3, 'b': 4.5}], batch_size=2)))
print(batch)
print(next(iter(DataLoader([[1, 2], [3, 4], [5, 6]], batch_size=3))))
# %%
DataLoader(ds, batch_size=0)
# %%
TensorDataset(torch.ones(3), torch.ones(4))
# %%
for item in DataLoader(TensorDataset(torch.arange(3)), batch_size=None):
    print(item)
print(list(DataLoader([{'k': (1, 2)}], batch_size=None)))
