import torch
print(torch.int8, torch.uint8, torch.int16, torch.short, torch.int32, torch.int, torch.float16, torch.half, torch.bfloat16)
# %%
x = torch.tensor([1.7, -2.2, 300.5])
print(x.to(torch.int8), x.to(torch.int16), x.int(), x.short(), x.half(), x.bfloat16())
# %%
print(x.to(dtype=torch.int32).dtype, x.type(torch.int16).dtype, torch.zeros(2, dtype=torch.uint8), torch.ones(2, dtype=torch.float16))
# %%
print(x.char(), x.byte(), torch.tensor([1, 2], dtype=torch.int8) + torch.tensor([1, 2], dtype=torch.int16))
# %%
print(torch.tensor([1, 2], dtype=torch.int32) * 2.5, torch.tensor([1.5], dtype=torch.half) + torch.tensor([1.5], dtype=torch.bfloat16))
# %%
print(torch.int8.is_floating_point, torch.float16.itemsize, torch.bfloat16.is_signed, torch.uint8.is_signed)
# %%
h = torch.tensor([1., 2.], dtype=torch.float16, requires_grad=True)
(h * h).sum().backward()
print(h.grad, h.grad.dtype)
# %%
torch.tensor([1, 2], dtype=torch.int32, requires_grad=True)
