import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
X = torch.randn(48, 4)
labels = (X[:, 0] + X[:, 1] * X[:, 2] > 0).long()
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for step in range(200):
    optimizer.zero_grad()
    logits = model(X)
    loss = F.cross_entropy(logits, labels)
    loss.backward()
    optimizer.step()
    print(f"{step:3d} {loss.item():.4f}")
# %%
accuracy = (model(X).argmax(dim=1) == labels).float().mean()
print(f"accuracy {accuracy.item():.4f}")
print(optimizer.state_dict()['state'][3]['step'])
