import torch
import torch.nn as nn
# %%
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1), nn.Sigmoid())
net
# %%
print([name for name, _ in net.named_modules()])
print([name for name, _ in net.named_children()])
print(len(list(net.modules())), len(list(net.children())))
# %%
print(net[1:3])
print(len(net), net[-1])
# %%
layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)] + [nn.Tanh()])
layers
# %%
print(nn.ModuleList())
print(len(layers), layers[3], layers[1:2])
# %%
d = nn.ModuleDict({'enc': nn.Linear(2, 4), 'act': nn.LeakyReLU(0.2)})
print(d)
print(list(d.keys()), d['act'])
# %%
print(nn.Conv2d(3, 8, 3, padding=1), nn.Conv2d(1, 2, (3, 5), stride=2, bias=False))
print(nn.MaxPool2d(2), nn.AvgPool2d(3, stride=1, padding=1))
print(nn.BatchNorm1d(4), nn.Dropout(0.25), nn.Flatten(), nn.Identity(), nn.Softmax(dim=-1), nn.LogSoftmax(dim=1))
print(nn.ReLU(inplace=True), nn.LeakyReLU(), nn.Tanh())
# %%
print(nn.CrossEntropyLoss(label_smoothing=0.1), nn.BCEWithLogitsLoss(), nn.NLLLoss(), nn.L1Loss())
# %%
torch.manual_seed(2)
bn = nn.BatchNorm1d(3)
x = torch.randn(4, 3)
out = bn(x)
print(out)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(x))
# %%
print(list(bn.state_dict().keys()))
print(list(dict(bn.named_buffers()).keys()))
# %%
torch.manual_seed(3)
conv = nn.Conv2d(1, 2, 3)
img = torch.randn(1, 1, 5, 5)
print(conv(img).shape, nn.MaxPool2d(2)(conv(img)).shape)
print(nn.Flatten()(torch.ones(2, 3, 4)).shape)
# %%
m = nn.Linear(2, 2)
print(isinstance(m, nn.Module), isinstance(m.weight, nn.Parameter), isinstance(m.weight, torch.Tensor))
print(type(m).__name__, type(m.weight).__name__)
# %%
m.double()
print(m.weight.dtype, m(torch.ones(1, 2, dtype=torch.float64)).dtype)
m.float()
print(m.weight.dtype)
# %%
m.requires_grad_(False)
print([p.requires_grad for p in m.parameters()])
# %%
m.register_buffer('scale', torch.tensor(2.0))
print(m.scale, list(m.state_dict().keys()))
# %%
big = nn.Linear(2, 2)
big.load_state_dict({'weight': torch.zeros(3, 2), 'bias': torch.zeros(2)})
# %%
print(big.load_state_dict({'weight': torch.zeros(2, 2), 'bias': torch.zeros(2), 'extra': torch.ones(1)}, strict=False))
# %%
big.load_state_dict({'weight': torch.zeros(2, 2), 'extra': torch.ones(1)})
# %%
def init_weights(module):
    if isinstance(module, nn.Linear):
        nn.init.constant_(module.weight, 0.5)
        nn.init.zeros_(module.bias)
net.apply(init_weights)
print(net[0].weight, net[2].bias)
# %%
torch.manual_seed(4)
w = torch.empty(3, 4)
print(nn.init.xavier_uniform_(w))
print(nn.init.kaiming_normal_(w, mode='fan_out', nonlinearity='relu'))
print(nn.init.uniform_(w, -1, 1))
print(nn.init.normal_(w, std=0.1))
print(nn.init.calculate_gain('relu'), nn.init.calculate_gain('tanh'), nn.init.calculate_gain('sigmoid'))
# %%
p = nn.Parameter(torch.ones(3))
(p * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(nn.utils.clip_grad_norm_([p], max_norm=1.0))
print(p.grad)
p.grad = torch.tensor([5.0, -5.0, 0.5])
nn.utils.clip_grad_value_([p], clip_value=1.0)
print(p.grad)
# %%
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0]])
print(F.softmax(x, dim=1), F.log_softmax(x, dim=1))
print(F.softmax(x))
# %%
print(F.relu(torch.tensor([-1.0, 2.0])), F.leaky_relu(torch.tensor([-1.0, 2.0]), 0.1))
print(F.one_hot(torch.tensor([0, 2, 1])), F.pad(torch.ones(2, 2), (1, 1)))
print(F.max_pool2d(torch.arange(16.0).reshape(1, 1, 4, 4), 2))
# %%
print(F.cross_entropy(torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3]]), torch.tensor([0, -100]), ignore_index=-100))
print(F.cross_entropy(torch.tensor([[2.0, 0.5, -1.0]]), torch.tensor([1]), label_smoothing=0.2))
print(nn.CrossEntropyLoss(reduction='sum')(torch.tensor([[2.0, 0.5, -1.0]]), torch.tensor([1])))
print(nn.NLLLoss(reduction='none')(torch.tensor([[-0.5, -1.0], [-2.0, -0.1]]), torch.tensor([1, 1])))
print(nn.L1Loss()(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 4.0])))
# %%
shared = nn.Linear(1, 1)
pair = nn.Sequential(shared, shared)
calls = []
pair.apply(lambda m: calls.append(type(m).__name__))
print(calls, len(list(pair.parameters())), len(pair))
# %%
pair.register_buffer('a.b', torch.ones(1))
# %%
pair.register_buffer('', torch.ones(1))
# %%
pair.flag = 3
pair.register_buffer('flag', torch.ones(1))
# %%
nn.ModuleDict({'a': nn.ReLU()})['b']
# %%
nn.Linear(2)
# %%
F.mse_loss(torch.ones(1))
# %%
nn.Linear(2, 3).train(1, 2)
# %%
nn.Linear(2, 3).foo
# %%
nn.Linear(2, 3)(torch.ones(2), 1)
# %%
nn.MSELoss()(torch.ones(1))
# %%
nn.Sequential(1)
# %%
F.softmax(torch.ones(2), dim=0, foo=1)
# %%
nn.Linear(2, 3).train(1)
# %%
import torch
from torch import nn
from torch.nn import functional as F2
from torch.nn import Linear, init
import torch.optim as optim
from torch.optim import SGD
from torch.optim.lr_scheduler import StepLR
import torch.utils.data as data
from torch.utils.data import DataLoader
import torch.nn.init
import torch.nn.utils
print(nn.Linear, F2.relu(torch.tensor([-1.0])), Linear, optim.Adam, SGD, StepLR, data.TensorDataset, DataLoader)
print(nn.Module, nn.Parameter, type(nn.Linear(1, 1)), torch.nn.init.zeros_(torch.ones(2)))
m = nn.Linear(2, 2, dtype=torch.float64)
print(m.weight.dtype, m.to(torch.float32).weight.dtype)
print(isinstance(nn.ReLU(), nn.Module), issubclass(nn.Linear, nn.Module))
