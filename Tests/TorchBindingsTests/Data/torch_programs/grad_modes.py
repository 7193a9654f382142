import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
print(torch.is_grad_enabled())
with torch.no_grad():
    y = x * 2
    print(torch.is_grad_enabled(), y.requires_grad)
    with torch.enable_grad():
        z = x * 2
print(torch.is_grad_enabled(), z.requires_grad, z.grad_fn)
torch.set_grad_enabled(False)
print(torch.is_grad_enabled(), (x * 2).requires_grad)
torch.set_grad_enabled(True)
print(torch.is_grad_enabled())
with torch.set_grad_enabled(False):
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled())
def double(t):
    return t * 2
double = torch.no_grad()(double)
print(double(x).requires_grad, torch.is_grad_enabled())
with torch.inference_mode():
    v = x * 2
    print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())
print(v.requires_grad, v.is_inference(), x.is_inference(), torch.is_inference_mode_enabled())
with torch.inference_mode(False):
    print(torch.is_inference_mode_enabled())
torch.set_grad_enabled(False)
# %%
print(torch.is_grad_enabled())
torch.set_grad_enabled(True)
with torch.no_grad():
    raise ValueError("boom")
# %%
print(torch.is_grad_enabled())
with torch.no_grad():
    with torch.enable_grad():
        x.sum().backward(foo=1)
# %%
print(torch.is_grad_enabled())
try:
    with torch.no_grad():
        1 / 0
except ZeroDivisionError:
    print("caught", torch.is_grad_enabled())
print(torch.is_grad_enabled())
with torch.inference_mode():
    v = x * 2
v * x
# %%
print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
torch.set_grad_enabled(False)
