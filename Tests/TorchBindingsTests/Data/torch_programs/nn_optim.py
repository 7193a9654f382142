import torch
import torch.nn as nn
# %%
torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-4)
opt
# %%
print(torch.optim.Adam(model.parameters()))
print(torch.optim.AdamW(model.parameters(), lr=0.01))
# %%
x = torch.tensor([[1.0, -1.0, 2.0]])
for _ in range(3):
    opt.zero_grad()
    model(x).pow(2).sum().backward()
    opt.step()
print(model.weight, model.bias)
# %%
opt.param_groups[0]['lr'] = 0.01
print(opt.param_groups[0]['lr'], len(opt.state))
print(opt.state_dict()['param_groups'])
# %%
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
lrs = []
for epoch in range(6):
    opt.step()
    sched.step()
    lrs.append(sched.get_last_lr()[0])
print(lrs)
# %%
adam = torch.optim.Adam(model.parameters(), lr=0.1)
expo = torch.optim.lr_scheduler.ExponentialLR(adam, gamma=0.9)
for _ in range(3):
    adam.zero_grad()
    model(x).sum().backward()
    adam.step()
    expo.step()
print(expo.get_last_lr(), model.weight)
print(adam.state_dict()['state'][0])
# %%
torch.optim.SGD(model.parameters(), lr=-1)
# %%
torch.optim.SGD([], lr=0.1)
# %%
torch.optim.Adam(model.parameters(), betas=(1.0, 0.999))
# %%
torch.optim.Adam(model.parameters(), lr=float('nan'))
# %%
torch.optim.AdamW(model.parameters(), weight_decay=float('nan'))
# %%
torch.optim.SGD(model.parameters(), lr=float('nan'), momentum=float('nan')).param_groups[0]['lr']
# %%
torch.optim.SGD(model.parameters(), lr=0.1, nesterov=True)
# %%
w = torch.tensor([1.0], requires_grad=True)
opt2 = torch.optim.SGD([{'params': [w], 'lr': 0.5}], lr=0.1)
(w * 3).sum().backward()
opt2.step()
print(w, opt2.param_groups[0]['lr'])
# %%
aw = torch.optim.AdamW([w], lr=0.1)
w.grad = torch.tensor([1.0])
aw.step()
print(w)
# %%
torch.optim.SGD()
