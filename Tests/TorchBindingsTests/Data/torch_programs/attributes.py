import torch
x = torch.ones(2, 3)
print(x.shape, x.size(), x.size(1), x.size(-1), x.size(dim=0))
print(x.dtype, x.dim(), x.ndim, x.numel(), x.nelement(), len(x))
print(x.requires_grad, x.is_leaf, x.grad, x.grad_fn, x.retains_grad)
x.requires_grad = True
print(x.requires_grad, x.is_leaf)
y = x * 2
print(y.is_leaf, y.requires_grad, y.grad_fn.name(), type(x).__name__, isinstance(x, torch.Tensor))
print(torch.tensor([1.0, 2.0]).type(), torch.tensor([1, 2]).type(), torch.tensor([True]).type())
print(x.dtype == torch.float32, x.dtype == torch.float64, x.dtype is torch.float, torch.float64 == torch.double)
print(torch.float32, torch.float64, torch.int64, torch.bool, torch.float, torch.double, torch.long)
print(torch.__version__.split("+")[0])
print(x.T.shape, x.t().shape, torch.ones(3).T.shape)
print(torch.is_tensor(x), torch.is_tensor(3), torch.numel(x), torch.get_default_dtype())
print(x.device, x.is_floating_point(), torch.tensor([1]).is_floating_point())
print(x.device.type, x.device.index, torch.device("cpu").index)
x.dtype
