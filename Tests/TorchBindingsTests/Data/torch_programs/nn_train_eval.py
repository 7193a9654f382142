import torch
from torch import nn
import torch.nn.functional as F

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(3, 2)
        self.drop = nn.Dropout(p=0.5)

    def forward(self, x):
        return self.drop(self.linear(x))

torch.manual_seed(0)
net = Net()
print(net.training, net.linear.training, net.drop.training)
net.eval()
# %%
print([(name, m.training) for name, m in net.named_modules()])
print(net.train(False) is net, net.train() is net, net.training)
net.training = False
print(net.training, net.drop.training)
net.train()
print([m.training for m in net.modules()])
# %%
net.train("yes")
# %%
seq = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.2), nn.Sequential(nn.BatchNorm1d(2), nn.ReLU()))
seq.eval()
seq[2].train()
print([m.training for m in seq.modules()])
# %%
drop = nn.Dropout(p=0.5)
x = torch.ones(8)
torch.manual_seed(0)
print(drop(x))
print(drop(x))
torch.manual_seed(0)
print(nn.Dropout(p=0.25)(x))
print(nn.Dropout(p=1.0)(x), nn.Dropout(p=0.0)(x))
torch.manual_seed(0)
print(drop(torch.ones(10000)).mean())
drop.eval()
print(drop(x), drop)
# %%
torch.manual_seed(0)
print(F.dropout(torch.ones(2, 6), 0.3))
print(F.dropout(torch.ones(2, 6), 0.3, training=False))
xi = torch.ones(5)
torch.manual_seed(3)
print(nn.Dropout(0.5, inplace=True)(xi), xi)
# %%
nn.Dropout(p=1.5)
# %%
w = torch.ones(6, requires_grad=True)
torch.manual_seed(0)
y = nn.Dropout(0.5)(w)
print(y)
y.sum().backward()
print(w.grad)
# %%
bn = nn.BatchNorm1d(2)
print(bn)
print(bn.running_mean, bn.running_var, bn.momentum, bn.num_batches_tracked)
batch = torch.tensor([[1.0, 10.0], [3.0, 20.0], [5.0, 30.0], [7.0, 40.0]])
print(bn(batch))
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(batch))
print(bn(batch[:1]))
print(bn.running_mean, bn.num_batches_tracked)
# %%
bn.train()
bn(batch[:1])
# %%
print(bn.num_batches_tracked, bn.running_mean)
bn(torch.ones(3, 3))
# %%
cumulative = nn.BatchNorm1d(2, momentum=None)
cumulative(torch.tensor([[1.0, 2.0], [3.0, 6.0]]))
cumulative(torch.tensor([[5.0, 0.0], [7.0, 4.0]]))
print(cumulative.running_mean, cumulative.running_var, cumulative)
plain = nn.BatchNorm1d(2, affine=False, track_running_stats=False)
plain.eval()
print(plain, plain(batch), plain.running_mean, list(plain.parameters()))
print(nn.BatchNorm1d(3)(torch.arange(24.0).reshape(2, 3, 4)))
# %%
state = bn.state_dict()
print(state.keys())
print(state.values())
print(list(state.items())[-1])
print(type(state.keys()).__name__, type(state.values()).__name__, type(state.items()).__name__)
print(len(state.keys()), 'running_var' in state.keys(), state.keys() == {'a': 1}.keys())
print({'a': 1}.keys(), type({'a': 1}.items()).__name__)
# %%
state.keys()[0]
# %%
inputs = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
net.eval()
out = net(inputs)
print(out, out.requires_grad, out.grad_fn)
out.sum().backward()
print(net.linear.weight.grad)
net.train()
with torch.no_grad():
    torch.manual_seed(0)
    print(net(inputs))

@torch.no_grad()
def evaluate(model, inputs):
    was_training = model.training
    model.eval()
    pred = model(inputs)
    model.train(was_training)
    return pred

print(evaluate(net, inputs), net.training, torch.is_grad_enabled())
