import torch

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.save_for_backward(x)
        ctx.k = k
        return x * k

    @staticmethod
    def backward(ctx, grad):
        x, = ctx.saved_tensors
        print("backward sees", x, ctx.k, ctx.needs_input_grad)
        return grad * ctx.k, None

x = torch.tensor([1., 2.], requires_grad=True)
y = Scale.apply(x, 3)
print(y)
print(y.grad_fn.name(), y.requires_grad)
y.sum().backward()
print(x.grad)
# %%
class MyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, inp):
        ctx.save_for_backward(inp)
        return inp.clamp(min=0)

    @staticmethod
    def backward(ctx, grad_output):
        inp, = ctx.saved_tensors
        grad_input = grad_output.clone()
        grad_input[inp < 0] = 0
        return grad_input

a = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
b = MyReLU.apply(a * 2)
(b * b).sum().backward()
print(b, a.grad)
with torch.no_grad():
    print(MyReLU.apply(a))
print(MyReLU.apply(torch.tensor([-3.0, 3.0])))
print(torch.autograd.Function, issubclass(MyReLU, torch.autograd.Function))
# %%
class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return g, g

z = Bad.apply(torch.ones(2, requires_grad=True))
z.sum().backward()
