import torch
torch.manual_seed(0)
w = torch.randn(3, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
X = torch.randn(5, 3)
y = X @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.1
for step in range(3):
    pred = X @ w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        b -= 0.1 * b.grad
    w.grad.zero_()
    b.grad.zero_()
    print(f"step {step}: loss={loss.item():.4f}", loss)
print(w.detach().squeeze(), b.item())
print(sum(torch.tensor([1.0, 2.0])), max(torch.tensor([3, 1, 2])), sorted(torch.tensor([3, 1, 2]).tolist()))
print(torch.tensor([1.0, 2.0]) in [torch.tensor([1.0, 2.0])] if False else "skip")
z = torch.linspace(-2, 2, 5, requires_grad=True)
out = torch.sigmoid(z)
out.backward(torch.ones_like(out))
print(z.grad, out.grad_fn, out.grad_fn.next_functions)
a = torch.tensor(2.0, requires_grad=True)
b2 = a * a
c = b2.exp()
c.backward()
print(a.grad, f"{a.grad:.3f}", "%.2f" % a.grad, round(a.grad.item(), 2))
t = torch.arange(12).reshape(3, 4)
print(t[t % 2 == 0], t.sum(0), t.float().mean(1), t.max(), t.argmax(1), t.T.shape, t.numel())
print(t.view(-1)[::3], t[1:, 1:3], t[-1, -1], t.flatten()[-3:])
x = torch.tensor([1, 2])
print(x, x.dtype)
with torch.no_grad():
    q = torch.ones(2, requires_grad=True) * 3
print(q, q.requires_grad)
print(torch.tensor([[1, 2], [3, 4]]) @ torch.tensor([[1], [1]]))
print(torch.eye(3)[1], torch.zeros(2, 2).fill_(0.5), torch.ones(3).mul_(2).add_(1))
print(torch.tensor(2.0) ** torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 4.0]).sqrt().sum().item())
print(repr(torch.tensor(0.1).item()), torch.tensor(1/3, dtype=torch.float64).item())
print(torch.tensor([0.1, 0.2, 0.3]).sum() == 0.6, (torch.tensor([0.1, 0.2]) * 3).tolist())
