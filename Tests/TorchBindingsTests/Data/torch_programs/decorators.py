# torch's grad-mode objects decorate functions: the mode holds only while the function runs.
import torch

x = torch.ones(2, requires_grad=True)


@torch.no_grad()
def scaled(t):
    print("inside", torch.is_grad_enabled())
    return t * 2


y = scaled(x)
print(y, y.requires_grad, y.grad_fn is None, torch.is_grad_enabled())


@torch.enable_grad()
def tripled(t):
    return t * 3


with torch.no_grad():
    z = tripled(x)
    w = x * 3
print(z, w)


@torch.no_grad()
@torch.enable_grad()
def nested(t):
    return (t * t).sum()


print(nested(x))
