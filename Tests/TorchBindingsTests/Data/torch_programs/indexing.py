import torch
x = torch.arange(12.0).view(3, 4)
print(x[0], x[-1], x[0, 1], x[1][2], x[:, 0], x[1:, ::2], x[..., 1], x[None].shape, x[:, None].shape)
print(x[0, 1].item(), x[x > 8], x[[0, 2]], x[torch.tensor([2, 0])], x[:, [1, 3]], x[torch.tensor(1)])
x[0, 1] = 5.0
x[:, 0] = torch.tensor([10.0, 20.0, 30.0])
x[2] = 0
x[1, 1:3] = torch.tensor([-1.0, -2.0])
print(x)
x[x < 0] = 99.0
x[:, 3] = 7
print(x)
y = torch.zeros(3)
y[1] += 2.5
y[[0, 2]] = torch.tensor([1.0, 3.0])
print(y)
t = torch.ones(2, 3)
for row in t:
    print(row, row.shape)
print(len(t), list(torch.tensor([1, 2, 3])), [v.item() for v in torch.tensor([0.5, 1.5])])
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z = w * 1
z[0] = 5.0
print(z, z.grad_fn.name())
print(w[0], w[1:], w[[0, 2]])
