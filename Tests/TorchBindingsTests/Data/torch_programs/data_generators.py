import torch
from torch.utils.data import DataLoader, TensorDataset, random_split
print(random_split(range(6), [3, 3], generator=torch.Generator().manual_seed(1))[0].indices)
train, test = random_split(range(10), [0.8, 0.2], generator=torch.Generator().manual_seed(42))
print(list(train), list(test))
# %%
g = torch.Generator().manual_seed(1)
loader = DataLoader(range(6), batch_size=2, shuffle=True, generator=g)
print(list(loader), list(loader))
# %%
torch.manual_seed(1)
print(list(DataLoader(range(6), batch_size=2, shuffle=True)))
# %%
torch.manual_seed(1)
print(list(DataLoader(range(6), batch_size=2, shuffle=True, generator=torch.default_generator)), torch.rand(1))
# %%
data = TensorDataset(torch.arange(8.).view(4, 2), torch.arange(4))
torch.manual_seed(0)
for x, y in DataLoader(data, batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(5)):
    print(x, y)
print(torch.rand(2))
# %%
print(list(DataLoader(range(4), batch_size=2, generator=torch.Generator().manual_seed(3))))
# %%
random_split(range(4), [2, 2], generator=3)
