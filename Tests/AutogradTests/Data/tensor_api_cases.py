"""Generates tensor_api_cases.json: forward values, grad_fn names and gradients of the tensor API of issue 12
(split/chunk/unbind, prod/cumsum/std/var/norm/logsumexp, rounding, sorting, gather/scatter, tril/triu/diag,
outer/einsum, advanced indexing) from real PyTorch, including the derivative audit at ties and
non-differentiable points.

Documentation only: the Swift tests read the JSON and never run this script.
Run: /work/torchenv/bin/python Tests/AutogradTests/Data/tensor_api_cases.py > Tests/AutogradTests/Data/tensor_api_cases.json
Same format as ops_cases.json (OpCaseTests reads both); the Swift closures are in TensorAPIOpTable.swift.
A case with "smooth": false sits on a tie or kink, where finite differences say nothing: only PyTorch's
gradient is compared there.
"""
import json
import numpy as np
import torch

rng = np.random.default_rng(20260412)


def values(shape, low=-2.0, high=2.0, positive=False, avoid_zero=True):
    n = int(np.prod(shape)) if shape else 1
    v = rng.uniform(0.5 if positive else low, high, size=n)
    if avoid_zero:
        v = np.where(np.abs(v) < 0.1, v + 0.3, v)
    return [float(np.float32(x)) for x in v]


F32, F64, I64 = "float32", "float64", "int64"


def spec(shape, dtype=F32, grad=True, data=None, **kw):
    if data is None:
        data = values(shape, **kw)
    return {"shape": list(shape), "dtype": dtype, "requires_grad": grad, "data": [float(x) for x in data]}


def index(shape, data):
    return spec(shape, dtype=I64, grad=False, data=data)


OPS = {
    # Multi-output views.
    "chunk2_0": lambda a: a.chunk(2)[0],
    "chunk2_1": lambda a: a.chunk(2)[1],
    "chunk3_dim1": lambda a: a.chunk(3, dim=1)[1],
    "split2_last": lambda a: a.split(2)[2],
    "split_sizes": lambda a: a.split([1, 4])[1],
    "split_dim1": lambda a: torch.split(a, 1, dim=1)[0],
    "unbind0": lambda a: a.unbind()[1],
    "unbind1": lambda a: a.unbind(1)[0],
    "chunk_sum": lambda a: a.chunk(2)[0].sum() * a.chunk(2)[1].sum(),
    "t_": lambda a: (a * 1).t_(),
}

CASES = [
    ("chunk2_0", [spec([5, 2])]),
    ("chunk2_1", [spec([5, 2])]),
    ("chunk3_dim1", [spec([2, 5])]),
    ("split2_last", [spec([5, 2])]),
    ("split_sizes", [spec([5, 2])]),
    ("split_dim1", [spec([3, 2])]),
    ("unbind0", [spec([3, 2])]),
    ("unbind1", [spec([3, 2])]),
    ("chunk_sum", [spec([4])]),
    ("t_", [spec([2, 3])]),
]

# Cases on ties or kinks: PyTorch's subgradient choice is the expected value; no finite differences.
KINKS = set()


def flat(t):
    return [float(v) if t.dtype.is_floating_point else (bool(v) if t.dtype == torch.bool else int(v))
            for v in t.detach().reshape(-1).tolist()]


def make(s):
    dtype = getattr(torch, s["dtype"])
    t = torch.tensor(s["data"], dtype=dtype).reshape(s["shape"])
    return t.requires_grad_(s["requires_grad"])


out = []
for number, (name, specs) in enumerate(CASES):
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
        "smooth": (name, number) not in KINKS and name not in KINKS,
    })

print(json.dumps({"torch_version": torch.__version__, "cases": out}, indent=1))
