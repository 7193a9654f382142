import torch
t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(torch.add(t, 1, alpha=2), torch.add(input=t, other=t).sum(), torch.sum(t, 0), torch.max(t, 1).values)
print(torch.reshape(t, (4,)), torch.permute(t, (1, 0)), torch.Tensor.add(t, 1).sum(), torch.numel(t))
# %%
torch.add(t, "a")
# %%
t.add("a")
# %%
torch.reshape(t, 2, 2)
# %%
torch.permute(t, 1, 0)
# %%
torch.exp(inpt=t)
# %%
torch.exp(t, 1)
# %%
torch.transpose(t, 0)
# %%
torch.mm(t, "x")
# %%
torch.numel(t, 1)
# %%
t.no_such_method()
# %%
torch.Size([2]).nope
# %%
torch.float32.nope
# %%
t.device.nope
# %%
t.max(0).nope
# %%
torch.nope
# %%
torch.autograd.nope
# %%
x = torch.ones(2, requires_grad=True)
y = x * 2
print(hasattr(t, "sum"), hasattr(t, "grad"), hasattr(t, "nope"), hasattr(torch, "add"), hasattr(torch.Tensor, "add"))
print([n for n in dir(t) if n in ("add", "shape", "grad", "sum", "view", "zero_", "T")])
print(type(y.grad_fn), type(y.grad_fn) is type((x * 3).grad_fn), type(y.grad_fn.next_functions[0][0]).__name__)
print(isinstance(t.shape, tuple), type(t.shape), type(torch.float32), type(t.max(0)), type(torch.no_grad()))
# %%
y.grad_fn.variable
