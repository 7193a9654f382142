import torch
from torch.utils.data import Dataset, DataLoader, random_split, IterableDataset
# %%
class Squares(Dataset):
    def __init__(self, n):
        self.n = n
        self.x = torch.arange(n, dtype=torch.float32)
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return self.x[i], self.x[i] ** 2
ds = Squares(7)
print(len(ds), ds[3], isinstance(ds, Dataset), type(ds).__name__)
print(ds.n)
# %%
torch.manual_seed(3)
loader = DataLoader(ds, batch_size=3, shuffle=True)
print(len(loader))
for xb, yb in loader:
    print(xb, yb)
# %%
for xb, yb in DataLoader(ds, batch_size=2, drop_last=True):
    print(xb.tolist(), yb.tolist())
# %%
class Pairs(Dataset):
    def __init__(self):
        super().__init__()
        self.data = [(1, 2.5), (3, 4.5), (5, 6.5)]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        return self.data[idx]
print(next(iter(DataLoader(Pairs(), batch_size=3))))
print(list(DataLoader(Pairs(), batch_size=2)))
# %%
torch.manual_seed(1)
a, b = random_split(ds, [5, 2])
print(len(a), len(b), a[0], type(a).__name__)
print([b[i][0].item() for i in range(len(b))])
# %%
class NoItems(Dataset):
    pass
NoItems()[0]
# %%
class NoLen(Dataset):
    def __getitem__(self, i):
        return i
len(DataLoader(NoLen(), batch_size=2))
# %%
class Stream(IterableDataset):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield torch.tensor([i, i * 10])
print(list(DataLoader(Stream(5), batch_size=2)))
print(isinstance(Stream(1), Dataset), isinstance(Stream(1), IterableDataset), isinstance(ds, IterableDataset))
print(list(DataLoader(Stream(5), batch_size=2, drop_last=True)))
print(list(DataLoader(Stream(2), batch_size=None)))
# %%
print([x for x in Stream(3)])
# %%
class Dict(Dataset):
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return {'x': torch.ones(2) * i, 'label': i}
print(next(iter(DataLoader(Dict(), batch_size=2))))
# %%
DataLoader(Stream(3), shuffle=True)
# %%
print(len(DataLoader(Stream(3))))
# %%
class Sized(IterableDataset):
    def __iter__(self):
        return iter([1, 2, 3])
    def __len__(self):
        return 3
torch.manual_seed(2)
print(len(DataLoader(Sized(), batch_size=2)), list(DataLoader(Sized(), batch_size=2, shuffle=False)))
print(torch.rand(1))
# %%
class Base(Dataset):
    def __init__(self, items):
        super().__init__()
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
class Doubled(Base):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
d = Doubled([1, 2, 3])
print(len(d), d[2], list(DataLoader(d, batch_size=2)), repr(d).startswith('<__main__.Doubled object at'))
print(issubclass(Doubled, Dataset), isinstance(d, Base))
# %%
random_split(NoLen(), [1, 1])
# %%
g = torch.Generator().manual_seed(3)
torch.manual_seed(0)
print(list(DataLoader(Stream(2), generator=g)), torch.rand(1), torch.rand(1, generator=g))
