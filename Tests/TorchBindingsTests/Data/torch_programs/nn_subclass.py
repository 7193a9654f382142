import torch
import torch.nn as nn
# %%
class Net(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.fc1 = nn.Linear(2, hidden)
        self.fc2 = nn.Linear(hidden, 1)
        self.scale = 2.0

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x))) * self.scale

torch.manual_seed(0)
net = Net(3)
net
# %%
print(isinstance(net, nn.Module), isinstance(net, Net), type(net).__name__, net.scale, net.training)
print([name for name, _ in net.named_parameters()])
print(sum(p.numel() for p in net.parameters()), net.fc1)
# %%
x = torch.tensor([[1.0, 2.0], [0.5, -1.0]])
y = net(x)
print(y.shape, y.requires_grad)
y.sum().backward()
print(net.fc2.bias.grad)
# %%
class Scaled(Net):
    def forward(self, x):
        return super().forward(x) + 1

print(Scaled(4)(x).shape, issubclass(Scaled, nn.Module))
# %%
class Empty(nn.Module):
    pass

Empty()(x)
# %%
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)

    def forward(self, x):
        return torch.tanh(self.lin(x))

class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.block = Block()
        self.head = nn.Linear(2, 1)

    def forward(self, x):
        return self.head(self.block(x))

outer = Outer()
print(outer)
print([n for n, _ in outer.named_parameters()])
# %%
opt = torch.optim.SGD(outer.parameters(), lr=0.1)
before = outer.block.lin.bias.detach().clone()
outer(x).sum().backward()
opt.step()
print((outer.block.lin.bias - before).abs().sum().item() > 0, outer.block.lin.bias.grad is not None)
print(outer.training, outer.eval() is outer, outer.training, outer.block.training)
# %%
class Forgot(nn.Module):
    def __init__(self):
        self.size = 3
        self.scale = torch.ones(1)
        self.lin = nn.Linear(1, 1)

Forgot()
# %%
class ForgotParameter(nn.Module):
    def __init__(self):
        self.w = nn.Parameter(torch.zeros(1))

ForgotParameter()
# %%
class TooLate(Outer):
    def __init__(self):
        self.extra = Block()
        super().__init__()

TooLate()
# %%
class Later(nn.Module):
    def __init__(self):
        self.size = 3
        super().__init__()
        self.lin = nn.Linear(1, 1)

later = Later()
print(later.size, [n for n, _ in later.named_parameters()])
