import torch
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split("\n")[0])
huge = torch.ones(1).expand(10**12, 10**3)
print(huge.shape, huge.is_contiguous())
print(huge)
wide = torch.arange(3.).expand(2000, 3)
print(wide)
print(wide.sum(), wide[1999], wide.T.shape)
# %%
x = torch.ones(2)
e = x.expand(3, 2)
check(lambda: e.add_(1))
check(lambda: e.copy_(torch.zeros(3, 2)))
check(lambda: e.uniform_())
print(e.fill_(2), x)
e[:, 0] = 7
print(x)
check(lambda: e.zero_())
a = torch.ones(2, requires_grad=True)
check(lambda: a.expand(3, 2).add_(1))
print(torch.ones(1).expand(1, 1).add_(1))
