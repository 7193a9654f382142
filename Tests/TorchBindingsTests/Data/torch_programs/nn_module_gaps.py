import torch
import torch.nn as nn
# %%
class A(nn.Module):
    def __init__(self):
        self.w = nn.Parameter(torch.ones(2))
        super().__init__()
A()
# %%
class B(nn.Module):
    def __init__(self):
        self.lin = nn.Linear(2, 2)
        super().__init__()
B()
# %%
class Inner(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.tensor(2.0))
    def forward(self, x):
        return x * self.scale
class B2(nn.Module):
    def __init__(self):
        self.inner = Inner()
        super().__init__()
B2()
# %%
class C(nn.Module):
    def __init__(self):
        self.n = 3
        self.t = torch.ones(2)
        super().__init__()
        print(self.n, self.t)
C()
# %%
torch.manual_seed(0)
lin = nn.Linear(2, 1)
calls = []
def pre(module, args):
    calls.append(('pre', type(module).__name__, len(args)))
def post(module, args, output):
    calls.append(('post', args[0].shape, output.shape))
h1 = lin.register_forward_pre_hook(pre)
h2 = lin.register_forward_hook(post)
x = torch.ones(3, 2)
lin(x)
print(calls)
print(type(h1).__name__, h2.id - h1.id)
h1.remove()
h1.remove()
lin(x)
print(calls)
# %%
h2.remove()
def double_input(module, args):
    return (args[0] * 2,)
def replace_output(module, args, output):
    return output + 100
def single(module, args):
    return args[0] + 1
lin.register_forward_pre_hook(double_input)
lin.register_forward_pre_hook(single)
h = lin.register_forward_hook(replace_output)
print(lin(torch.tensor([[1.0, 2.0]])))
lin.register_forward_hook(lambda m, a, o: print('first'), prepend=True)
print(lin(torch.tensor([[0.0, 0.0]])).shape)
# %%
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)
    def forward(self, x):
        return self.fc(x).relu()
torch.manual_seed(1)
net = Net()
seen = []
net.register_forward_hook(lambda m, a, o: seen.append(type(m).__name__))
net.fc.register_forward_hook(lambda m, a, o: seen.append(type(m).__name__))
net(torch.ones(1, 2))
print(seen)
# %%
torch.manual_seed(2)
seq = nn.Sequential(Inner(), nn.Linear(1, 1), Inner())
print(seq)
print(seq(torch.tensor([[1.5]])))
print(type(seq[0]).__name__, seq[0].scale, [type(m).__name__ for m in seq])
print([name for name, _ in seq.named_parameters()])
print([type(m).__name__ for m in seq.modules()], [type(c).__name__ for c in seq.children()])
seq.append(Inner())
print(len(seq), type(seq[-1]).__name__)
# %%
ml = nn.ModuleList([Inner(), Inner()])
print(ml, type(ml[1]).__name__, ml[1](torch.ones(1)))
# %%
class Stack(nn.Sequential):
    def __init__(self, n):
        super().__init__(*[nn.Linear(2, 2) for _ in range(n)])
        self.n = n
    def describe(self):
        return f"{self.n} layers"
torch.manual_seed(3)
st = Stack(2)
print(st, len(st), st.describe())
print(st(torch.ones(1, 2)))
print(type(st[0]).__name__, isinstance(st, nn.Sequential))
# %%
class Blocks(nn.ModuleList):
    def forward(self, x):
        for block in self:
            x = block(x)
        return x
torch.manual_seed(4)
bl = Blocks([nn.Linear(2, 2), nn.ReLU()])
print(bl, len(bl))
print(bl(torch.ones(1, 2)))
# %%
m = nn.Linear(2, 1)
print(m.parameters())
print(m.named_parameters(), m.children(), m.modules(), m.buffers(), m.named_modules())
sd = m.state_dict()
print(type(sd), isinstance(sd, dict), type(sd).__name__)
print(sd.keys(), sd.values().__class__.__name__ if False else '', list(sd.items())[0][0])
print(type(seq.state_dict()))
# %%
class E(nn.Module):
    def __init__(self):
        super().__init__()
E()(1)
# %%
class Block(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.fc = nn.Linear(n, n)
        self.n = n
    def extra_repr(self):
        return f"n={self.n}"
    def forward(self, x):
        return self.fc(x)
class Tiny(nn.Module):
    def __repr__(self):
        return "Tiny!"
class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(Block(2), nn.ReLU(), Tiny())
        self.head = Block(2)
        self.blocks = nn.ModuleList([Block(1) for _ in range(2)])
holder = Holder()
print(holder)
holder.body[0].n = 5
print(holder.body[0], holder.head.extra_repr())
# %%
def visit(m):
    if isinstance(m, Block):
        print('block', m.n)
holder.apply(visit)
print([name for name, m in holder.named_modules()])
print(holder.eval() is holder, holder.body[0].training, isinstance(holder.blocks[1], Block))
# %%
from torch import optim
import torch.nn.functional as F
from torch.utils.data import TensorDataset, DataLoader
class Lambda(nn.Module):
    def __init__(self, func):
        super().__init__()
        self.func = func
    def forward(self, x):
        return self.func(x)
def preprocess(x):
    return x.view(-1, 1, 6, 6)
torch.manual_seed(0)
model = nn.Sequential(
    Lambda(preprocess),
    nn.Conv2d(1, 4, kernel_size=3, stride=2, padding=1),
    nn.ReLU(),
    nn.Conv2d(4, 3, kernel_size=3, stride=2, padding=1),
    nn.ReLU(),
    nn.AdaptiveAvgPool2d(1),
    Lambda(lambda x: x.view(x.size(0), -1)),
)
print(model)
# %%
x = torch.randn(8, 36, dtype=torch.float64)
y = torch.randint(0, 3, (8,))
model = model.double()
opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
train_dl = DataLoader(TensorDataset(x, y), batch_size=4, shuffle=True)
for epoch in range(3):
    model.train()
    for xb, yb in train_dl:
        loss = F.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
    model.eval()
    with torch.no_grad():
        print(epoch, F.cross_entropy(model(x), y).item())
