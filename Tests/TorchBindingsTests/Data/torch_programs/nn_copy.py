import copy
import torch
import torch.nn as nn
# %%
x = torch.tensor([1., 2., 3.], requires_grad=True)
(x * 2).sum().backward()
c = copy.deepcopy(x)
print(c, c.grad, c.is_leaf, c.grad_fn, c is x, c.grad is x.grad)
with torch.no_grad():
    c[0] = 10.
    c.grad[1] = 7.
print(x, x.grad, c, c.grad)
# %%
copy.deepcopy(x * 2)
# %%
copy.deepcopy([torch.ones(2, requires_grad=True).sum()])
# %%
n = copy.deepcopy(torch.tensor([5, 6], dtype=torch.int32))
print(n, n.dtype, copy.deepcopy(torch.tensor(True)), copy.deepcopy(torch.zeros(2, 0)))
# %%
p = nn.Parameter(torch.ones(2))
p.sum().backward()
q = copy.deepcopy(p)
print(type(q).__name__, isinstance(q, nn.Parameter), q, q.grad, q.requires_grad)
frozen = copy.deepcopy(nn.Parameter(torch.zeros(1), requires_grad=False))
print(frozen)
# %%
a = torch.zeros(3)
l = copy.deepcopy([a, a, {'k': a}, (a,)])
print(l[0] is l[1], l[2]['k'] is l[0], l[3][0] is l[0], l[0] is a)
v = a[1:]
pair = copy.deepcopy([a, v])
pair[0][1] = 5.
print(pair[1], a, v)
w = a.view(3, 1)
pair2 = copy.deepcopy((w, a))
pair2[0][2, 0] = 4.
print(pair2[1], a)
# %%
s = copy.copy(x)
print(s, s is x, s.requires_grad, s.is_leaf, s.grad)
with torch.no_grad():
    s[2] = 9.
print(x)
s2 = copy.copy(x * 2)
print(s2, s2.grad_fn, s2.is_leaf)
cp = copy.copy(p)
print(type(cp).__name__, cp is p, cp.requires_grad)
with torch.no_grad():
    cp[0] = 3.
print(p)
# %%
torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.BatchNorm1d(3), nn.Dropout(0.25), nn.Linear(3, 1), nn.Sigmoid())
m(torch.randn(4, 2)).sum().backward()
m.eval()
m2 = copy.deepcopy(m)
print(m2)
print(m2.training, m2[0].training, m2[0].weight.grad, m2[0].weight is m[0].weight)
print(m2[2].running_mean, m2[2].num_batches_tracked, m2[2].running_mean is m[2].running_mean)
print(torch.equal(m2[0].weight, m[0].weight), m2[3].p, type(m2[5]).__name__)
xs = torch.randn(3, 2)
print(torch.equal(m(xs), m2(xs)))
with torch.no_grad():
    m2[0].weight.fill_(0.5)
print(m[0].weight)
m2.train()
print(m.training, m2.training)
# %%
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(2, 2)
        self.b = nn.Linear(2, 2)
        self.b.weight = self.a.weight
        self.tags = ['x']
        self.scale = 2.0
        self.register_buffer('steps', torch.zeros(1))
        self.acts = nn.ModuleList([nn.Tanh(), nn.LeakyReLU(0.1)])
    def forward(self, x):
        for act in self.acts:
            x = act(x)
        return self.b(self.a(x)) * self.scale
    def extra_repr(self):
        return f'scale={self.scale}'
torch.manual_seed(1)
net = Net()
net2 = copy.deepcopy(net)
print(type(net2).__name__, isinstance(net2, Net), isinstance(net2, nn.Module))
print(net2)
print(net2.b.weight is net2.a.weight, net2.a.weight is net.a.weight, net2.tags is net.tags, net2.tags)
net2.tags.append('y')
net2.scale = 3.0
print(net.tags, net.scale, [name for name, _ in net2.named_parameters()])
print(torch.allclose(net(torch.ones(1, 2)) * 1.5, net2(torch.ones(1, 2))))
print(net2.steps, net2.steps is net.steps)
# %%
class Inner(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.full((2,), 3.0))
        self.calls = 0
    def forward(self, x):
        self.calls += 1
        return x * self.w
class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.inner = Inner()
        self.same = self.inner
        self.seq = nn.Sequential(Inner(), nn.Identity())
    def forward(self, x):
        return self.seq(self.same(self.inner(x)))
o = Outer()
o2 = copy.deepcopy(o)
print(type(o2.inner).__name__, o2.inner is o2.same, o2.inner is o.inner, type(o2.seq[0]).__name__)
print(o2(torch.ones(2)), o2.inner.calls, o.inner.calls)
with torch.no_grad():
    o2.seq[0].w.mul_(2)
print(o(torch.ones(2)), o2(torch.ones(2)), len(list(o2.parameters())))
# %%
torch.manual_seed(2)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
X = torch.randn(8, 3)
y = torch.randn(8, 1)
loss_fn = nn.MSELoss()
best, best_loss = None, float('inf')
for step in range(6):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    if loss.item() < best_loss:
        best_loss = loss.item()
        best = copy.deepcopy(model.state_dict())
print(round(best_loss, 4), type(best).__name__, list(best), best['weight'].requires_grad)
saved_opt = copy.deepcopy(opt.state_dict())
for step in range(3):
    opt.zero_grad()
    loss_fn(model(X), y).backward()
    opt.step()
print(torch.equal(best['weight'], model.weight.detach()))
print(model.load_state_dict(best))
print(torch.equal(best['weight'], model.weight.detach()), round(loss_fn(model(X), y).item(), 4))
print(saved_opt['state'][0]['momentum_buffer'] is opt.state_dict()['state'][0]['momentum_buffer'])
print(saved_opt['param_groups'][0]['params'], saved_opt['param_groups'][0]['lr'])
# %%
lin = nn.Linear(1, 1)
box = copy.deepcopy({'model': lin, 'weight': lin.weight, 'params': list(lin.parameters())})
print(box['weight'] is box['model'].weight, box['params'][1] is box['model'].bias, box['model'] is lin)
seen = []
handle = lin.register_forward_hook(lambda mod, args, out: seen.append(type(mod).__name__))
lin2 = copy.deepcopy(lin)
lin2(torch.ones(1))
handle.remove()
lin2(torch.ones(1))
lin(torch.ones(1))
print(seen)
