import torch
import torch.nn as nn
# %%
torch.manual_seed(0)
model = nn.Linear(3, 2)
opt = torch.optim.RMSprop(model.parameters())
print(opt)
print(torch.optim.RMSprop(model.parameters(), lr=0.1, alpha=0.9, eps=1e-6, weight_decay=0.01, momentum=0.5, centered=True))
print(torch.optim.Adagrad(model.parameters()))
print(type(opt), type(torch.optim.Adagrad(model.parameters())))
# %%
x = torch.tensor([[1.0, -1.0, 2.0], [0.5, 0.25, -3.0]])
# float32 is shown to 6 decimals: PyTorch's float32 sqrt (MKL) is not correctly rounded, so the last
# bit may differ; the float64 runs below are compared bit for bit.
def run(make, steps=5, dtype=torch.float32):
    torch.manual_seed(0)
    m = nn.Linear(3, 2, dtype=dtype)
    o = make(m.parameters())
    for _ in range(steps):
        o.zero_grad()
        m(x.to(dtype)).pow(2).sum().backward()
        o.step()
    return m, o
for make in [
    lambda p: torch.optim.RMSprop(p, lr=0.01),
    lambda p: torch.optim.RMSprop(p, lr=0.01, momentum=0.9),
    lambda p: torch.optim.RMSprop(p, lr=0.01, centered=True),
    lambda p: torch.optim.RMSprop(p, lr=0.05, alpha=0.9, eps=1e-3, weight_decay=0.1, momentum=0.5, centered=True),
    lambda p: torch.optim.RMSprop(p, lr=0.01, maximize=True),
    lambda p: torch.optim.Adagrad(p, lr=0.1),
    lambda p: torch.optim.Adagrad(p, lr=0.1, lr_decay=0.05, weight_decay=0.01, initial_accumulator_value=0.5, eps=1e-6),
]:
    m, o = run(make)
    print([f'{v:.6f}' for v in m.weight.flatten().tolist() + m.bias.tolist()])
    m, o = run(make, dtype=torch.float64)
    print(m.weight.flatten().tolist() + m.bias.tolist())
# %%
m, o = run(lambda p: torch.optim.RMSprop(p, lr=0.01, momentum=0.9, centered=True), steps=2)
sd = o.state_dict()
print(sd['state'][0].keys(), sd['state'][1]['step'])
print(sd['param_groups'])
print(type(o.state), type(sd), type(sd['state']), isinstance(o.state, dict))
# %%
m, o = run(lambda p: torch.optim.Adagrad(p), steps=0)
print(o.state_dict()['state'][1], len(o.state))
# %%
torch.manual_seed(0)
m = nn.Linear(3, 2, dtype=torch.float64)
x64 = x.double()
o = torch.optim.RMSprop(m.parameters(), lr=0.01, momentum=0.3, centered=True)
for _ in range(4):
    o.zero_grad()
    m(x64).pow(2).sum().backward()
    o.step()
print(m.weight.tolist(), o.state[m.bias]['grad_avg'].tolist())
# %%
m1, o1 = run(lambda p: torch.optim.Adam(p, lr=0.1), steps=2)
m2 = nn.Linear(3, 2)
m2.load_state_dict(m1.state_dict())
o2 = torch.optim.Adam(m2.parameters(), lr=0.5)
print(o2.load_state_dict(o1.state_dict()))
print(o2.param_groups[0]['lr'], o2.state[m2.weight]['step'], o2.state[m2.bias]['exp_avg'])
print(o2.state_dict()['param_groups'] == o1.state_dict()['param_groups'])
for o, m in [(o1, m1), (o2, m2)]:
    o.zero_grad()
    m(x).pow(2).sum().backward()
    o.step()
print(m1.weight.tolist() == m2.weight.tolist(), o1.state[m1.weight]['step'], o2.state[m2.weight]['step'])
print(o1.state[m1.bias]['exp_avg'] is o2.state[m2.bias]['exp_avg'])
# %%
m3 = nn.Linear(3, 2)
o3 = torch.optim.SGD(m3.parameters(), lr=0.1, momentum=0.9)
o3.load_state_dict(torch.optim.SGD(m3.parameters(), lr=0.3).state_dict())
print(o3)
# %%
o3.load_state_dict({'state': {}, 'param_groups': []})
# %%
o3.load_state_dict({'state': {}, 'param_groups': [{'params': [0], 'lr': 0.1}]})
# %%
o3.load_state_dict({'state': {}})
# %%
torch.optim.RMSprop(m3.parameters(), alpha=-0.5)
# %%
torch.optim.RMSprop(m3.parameters(), momentum=-1)
# %%
torch.optim.Adagrad(m3.parameters(), lr_decay=-1)
# %%
torch.optim.Adagrad(m3.parameters(), initial_accumulator_value=-1)
# %%
torch.optim.RMSprop(m3.parameters(), 0.1, 0.9, 1e-5, 0, 0.1, True)
