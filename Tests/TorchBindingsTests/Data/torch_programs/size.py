import torch
s = torch.ones(2, 3, 4).shape
print(s, len(s), s[0], s[-1], s[1:], s[:2], type(s).__name__, type(s[1:]).__name__)
a, b, c = s
print(a, b, c, s == (2, 3, 4), (2, 3, 4) == s, s != (2, 3), s == torch.Size([2, 3, 4]), s == [2, 3, 4])
print(list(s), tuple(s), s + (5,), s.numel(), torch.Size([2, 3]), torch.Size([]), torch.Size((5,)))
print(str(s), repr(s), [s], (s,), torch.ones(s).shape, torch.zeros(s[1:]).shape, torch.tensor(1.0).shape)
print(torch.ones(2, 3).view(s[1:2] + (2,)).shape if False else torch.ones(6).view(torch.Size([2, 3])).shape)
print(max(s), sum(s), 3 in s, s.index(3), s.count(2), [d * 2 for d in s])
for d in torch.Size([7, 8]):
    print(d)
print(isinstance(s, tuple), isinstance(s, torch.Size), isinstance((1, 2), torch.Size), type(s))
print(type(torch.ones(1)), type(torch.float32), torch.Tensor, torch.Size, type(torch.ones(2).max(0)))
