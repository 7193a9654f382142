import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(64, 3)
true_w = torch.tensor([[1.5], [-2.0], [0.7]])
y = X @ true_w + 0.3 + 0.1 * torch.randn(64, 1)
model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
loss_fn = nn.MSELoss()
for step in range(200):
    optimizer.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    optimizer.step()
    print(f"{step:3d} {loss.item():.4f}")
# %%
print(model[0].weight)
print(optimizer.state_dict()['state'][3])
