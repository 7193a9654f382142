"""Generates ops_cases.json: forward values, grad_fn names and gradients from real PyTorch.

Documentation only: the Swift tests read the JSON and never run this script.
Run: python3 Tests/AutogradTests/Data/ops_cases.py > Tests/AutogradTests/Data/ops_cases.json
Each case names an op from OPS (mirrored by the Swift table in OpCaseTests.swift), gives its inputs
(flat values, shape, dtype, requires_grad), the seed gradient passed to backward(), and PyTorch's results.
"""
import json
import numpy as np
import torch

rng = np.random.default_rng(20260101)


def values(shape, low=-2.0, high=2.0, positive=False, avoid_zero=True):
    n = int(np.prod(shape)) if shape else 1
    v = rng.uniform(0.5 if positive else low, high, size=n)
    if avoid_zero:
        v = np.where(np.abs(v) < 0.1, v + 0.3, v)
    return [float(np.float32(x)) for x in v]


OPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "pow_tensor": lambda a, b: a ** b,
    "add_scalar": lambda a: a + 2,
    "radd_scalar": lambda a: 2.5 + a,
    "sub_scalar": lambda a: a - 0.5,
    "rsub_scalar": lambda a: 2 - a,
    "mul_scalar": lambda a: a * 3,
    "rmul_scalar": lambda a: 0.1 * a,
    "div_scalar": lambda a: a / 3,
    "rdiv_scalar": lambda a: 2 / a,
    "pow_2": lambda a: a ** 2,
    "pow_3": lambda a: a ** 3,
    "pow_half": lambda a: a ** 0.5,
    "pow_0": lambda a: a ** 0,
    "rpow_2": lambda a: 2 ** a,
    "add_alpha": lambda a, b: a.add(b, alpha=2),
    "sub_alpha": lambda a, b: a.sub(b, alpha=0.5),
    "neg": lambda a: -a,
    "exp": lambda a: a.exp(),
    "log": lambda a: a.log(),
    "sin": lambda a: a.sin(),
    "cos": lambda a: a.cos(),
    "tanh": lambda a: a.tanh(),
    "sigmoid": lambda a: a.sigmoid(),
    "relu": lambda a: a.relu(),
    "sqrt": lambda a: a.sqrt(),
    "abs": lambda a: a.abs(),
    "reciprocal": lambda a: a.reciprocal(),
    "clamp_both": lambda a: a.clamp(-0.5, 0.5),
    "clamp_min": lambda a: a.clamp(min=0),
    "clamp_max": lambda a: a.clamp(max=0.25),
    "remainder_scalar": lambda a: a % 1.5,
    "sum": lambda a: a.sum(),
    "sum_dim0": lambda a: a.sum(0),
    "sum_dim1_keep": lambda a: a.sum(1, keepdim=True),
    "sum_dims01": lambda a: a.sum((0, 1)),
    "sum_negdim": lambda a: a.sum(-1),
    "mean": lambda a: a.mean(),
    "mean_dim0": lambda a: a.mean(0),
    "mean_dim1_keep": lambda a: a.mean(dim=1, keepdim=True),
    "max": lambda a: a.max(),
    "min": lambda a: a.min(),
    "max_dim0": lambda a: a.max(dim=0)[0],
    "min_dim1": lambda a: a.min(dim=1).values,
    "max_dim1_keep": lambda a: a.max(1, keepdim=True)[0],
    "mm": lambda a, b: a.mm(b),
    "matmul_2d2d": lambda a, b: a @ b,
    "mv": lambda a, b: a.mv(b),
    "matmul_2d1d": lambda a, b: a @ b,
    "dot": lambda a, b: a.dot(b),
    "matmul_1d2d": lambda a, b: a @ b,
    "matmul_3d3d": lambda a, b: a @ b,
    "matmul_3d2d": lambda a, b: a @ b,
    "bmm": lambda a, b: torch.bmm(a, b),
    "t": lambda a: a.t(),
    "T": lambda a: a.T,
    "transpose": lambda a: a.transpose(0, 1),
    "view": lambda a: a.view(3, 2),
    "view_infer": lambda a: a.view(-1),
    "reshape": lambda a: a.reshape(1, 6),
    "reshape_noncontig": lambda a: a.t().reshape(6),
    "flatten": lambda a: a.flatten(),
    "unsqueeze0": lambda a: a.unsqueeze(0),
    "unsqueeze_neg": lambda a: a.unsqueeze(-1),
    "squeeze": lambda a: a.squeeze(),
    "squeeze_dim": lambda a: a.squeeze(1),
    "expand": lambda a: a.expand(3, 2, 3),
    "select0": lambda a: a[0],
    "select_neg": lambda a: a[-1],
    "select_col": lambda a: a[:, 1],
    "select_both": lambda a: a[1, 2],
    "slice_from": lambda a: a[1:],
    "slice_step": lambda a: a[:, ::2],
    "slice_both": lambda a: a[0:, :2],
    "slice_neg": lambda a: a[:, -2:],
    "none_index": lambda a: a[None],
    "ellipsis_select": lambda a: a[..., 0],
    "index_list": lambda a: a[torch.tensor([0, 2, 0])],
    "clone": lambda a: a.clone(),
    "to_double": lambda a: a.double(),
    "mixed_dtype_mul": lambda a, b: a * b,
    "broadcast_add": lambda a, b: a + b,
    "broadcast_mul": lambda a, b: a * b,
    "broadcast_div": lambda a, b: a / b,
    "scalar_tensor_mul": lambda a, b: a * b,
    "maximum": lambda a, b: torch.maximum(a, b),
    "minimum": lambda a, b: torch.minimum(a, b),
    "cat0": lambda a, b: torch.cat([a, b]),
    "cat1": lambda a, b: torch.cat([a, b], dim=1),
    "stack0": lambda a, b: torch.stack([a, b]),
    "stack_last": lambda a, b: torch.stack([a, b], dim=-1),
    "chain": lambda a, b: ((a * b).sigmoid() + a.tanh() * 2).sum(dim=0).mean(),
    "sum_of_squares_div": lambda a: ((a - 1) ** 2).mean() / a.abs().sum(),
}

F32, F64 = "float32", "float64"


def spec(shape, dtype=F32, grad=True, **kw):
    return {"shape": list(shape), "dtype": dtype, "requires_grad": grad, "data": values(shape, **kw)}


CASES = [
    ("add", [spec([2, 3]), spec([2, 3])]),
    ("sub", [spec([2, 3]), spec([2, 3])]),
    ("mul", [spec([2, 3]), spec([2, 3])]),
    ("div", [spec([2, 3]), spec([2, 3])]),
    ("pow_tensor", [spec([4], positive=True), spec([4])]),
    ("add_scalar", [spec([3])]),
    ("radd_scalar", [spec([3])]),
    ("sub_scalar", [spec([3])]),
    ("rsub_scalar", [spec([3])]),
    ("mul_scalar", [spec([2, 2])]),
    ("rmul_scalar", [spec([2, 2])]),
    ("div_scalar", [spec([2, 2])]),
    ("rdiv_scalar", [spec([2, 2])]),
    ("pow_2", [spec([5])]),
    ("pow_3", [spec([5])]),
    ("pow_half", [spec([5], positive=True)]),
    ("pow_0", [spec([3])]),
    ("rpow_2", [spec([4])]),
    ("add_alpha", [spec([3]), spec([3])]),
    ("sub_alpha", [spec([3]), spec([3])]),
    ("neg", [spec([2, 3])]),
    ("exp", [spec([2, 3])]),
    ("log", [spec([2, 3], positive=True)]),
    ("sin", [spec([2, 3])]),
    ("cos", [spec([2, 3])]),
    ("tanh", [spec([2, 3])]),
    ("sigmoid", [spec([2, 3])]),
    ("relu", [spec([2, 3])]),
    ("sqrt", [spec([2, 3], positive=True)]),
    ("abs", [spec([2, 3])]),
    ("reciprocal", [spec([2, 3])]),
    ("clamp_both", [spec([6])]),
    ("clamp_min", [spec([6])]),
    ("clamp_max", [spec([6])]),
    ("remainder_scalar", [spec([6], low=-4, high=4)]),
    ("sum", [spec([3, 4])]),
    ("sum_dim0", [spec([3, 4])]),
    ("sum_dim1_keep", [spec([3, 4])]),
    ("sum_dims01", [spec([2, 3, 4])]),
    ("sum_negdim", [spec([2, 3, 4])]),
    ("mean", [spec([3, 4])]),
    ("mean_dim0", [spec([3, 4])]),
    ("mean_dim1_keep", [spec([3, 4])]),
    ("max", [spec([3, 4])]),
    ("min", [spec([3, 4])]),
    ("max_dim0", [spec([3, 4])]),
    ("min_dim1", [spec([3, 4])]),
    ("max_dim1_keep", [spec([3, 4])]),
    ("mm", [spec([2, 3]), spec([3, 4])]),
    ("matmul_2d2d", [spec([3, 3]), spec([3, 2])]),
    ("mv", [spec([2, 3]), spec([3])]),
    ("matmul_2d1d", [spec([2, 3]), spec([3])]),
    ("dot", [spec([4]), spec([4])]),
    ("matmul_1d2d", [spec([3]), spec([3, 2])]),
    ("matmul_3d3d", [spec([2, 2, 3]), spec([2, 3, 2])]),
    ("matmul_3d2d", [spec([2, 2, 3]), spec([3, 2])]),
    ("bmm", [spec([2, 2, 3]), spec([2, 3, 2])]),
    ("t", [spec([2, 3])]),
    ("T", [spec([2, 3])]),
    ("transpose", [spec([2, 3])]),
    ("view", [spec([2, 3])]),
    ("view_infer", [spec([2, 3])]),
    ("reshape", [spec([2, 3])]),
    ("reshape_noncontig", [spec([2, 3])]),
    ("flatten", [spec([2, 3])]),
    ("unsqueeze0", [spec([3])]),
    ("unsqueeze_neg", [spec([2, 3])]),
    ("squeeze", [spec([2, 1, 3])]),
    ("squeeze_dim", [spec([2, 1, 3])]),
    ("expand", [spec([2, 1])]),
    ("select0", [spec([3, 4])]),
    ("select_neg", [spec([3, 4])]),
    ("select_col", [spec([3, 4])]),
    ("select_both", [spec([3, 4])]),
    ("slice_from", [spec([3, 4])]),
    ("slice_step", [spec([3, 4])]),
    ("slice_both", [spec([3, 4])]),
    ("slice_neg", [spec([3, 4])]),
    ("none_index", [spec([3])]),
    ("ellipsis_select", [spec([2, 3])]),
    ("index_list", [spec([3, 2])]),
    ("clone", [spec([2, 2])]),
    ("to_double", [spec([3])]),
    ("mixed_dtype_mul", [spec([3]), spec([3], dtype=F64)]),
    ("broadcast_add", [spec([2, 3]), spec([3])]),
    ("broadcast_mul", [spec([2, 1]), spec([1, 3])]),
    ("broadcast_div", [spec([4, 1, 3]), spec([2, 1])]),
    ("scalar_tensor_mul", [spec([]), spec([3])]),
    ("maximum", [spec([2, 3]), spec([3])]),
    ("minimum", [spec([2, 3]), spec([2, 3])]),
    ("cat0", [spec([2, 3]), spec([1, 3])]),
    ("cat1", [spec([2, 3]), spec([2, 1])]),
    ("stack0", [spec([2, 3]), spec([2, 3])]),
    ("stack_last", [spec([3]), spec([3], grad=False)]),
    ("chain", [spec([3, 2]), spec([3, 2])]),
    ("sum_of_squares_div", [spec([5])]),
    ("mul", [spec([2, 2], dtype=F64), spec([2, 2], dtype=F64)]),
    ("exp", [spec([3], dtype=F64)]),
    ("mm", [spec([2, 2], dtype=F64), spec([2, 2], dtype=F64)]),
    ("add", [spec([3]), spec([3], grad=False)]),
    ("mul", [spec([3], grad=False), spec([3])]),
]


def flat(t):
    return [float(v) if t.dtype.is_floating_point else (bool(v) if t.dtype == torch.bool else int(v))
            for v in t.detach().reshape(-1).tolist()]


def make(s):
    dtype = getattr(torch, s["dtype"])
    return torch.tensor(s["data"], dtype=dtype).reshape(s["shape"]).requires_grad_(s["requires_grad"])


out = []
for name, specs in CASES:
    inputs = [make(s) for s in specs]
    result = OPS[name](*inputs)
    seed = torch.tensor(values(list(result.shape)), dtype=result.dtype).reshape(result.shape)
    result.backward(seed)
    out.append({
        "op": name,
        "inputs": specs,
        "output": {"shape": list(result.shape), "dtype": str(result.dtype).replace("torch.", ""),
                   "values": flat(result), "repr": repr(result)},
        "grad_fn": type(result.grad_fn).__name__ if result.grad_fn is not None else None,
        "next_functions": [None if f is None else type(f).__name__ for f, _ in result.grad_fn.next_functions],
        "seed": flat(seed),
        "grads": [flat(t.grad) if t.grad is not None else None for t in inputs],
    })

print(json.dumps({"torch_version": torch.__version__, "cases": out}, indent=1))
