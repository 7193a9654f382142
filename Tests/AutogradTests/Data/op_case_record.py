"""What ops_cases.py, tensor_api_cases.py and tensor_api_more_cases.py record for one op case, and how they print.

Each generator owns its ops, its cases and its random input values; this module turns one case into the JSON
record the Swift op-case tests read: the inputs, PyTorch's output (values and repr), grad_fn and its
next_functions, the backward seed and the input gradients.
"""
import json
import math

import numpy as np
import torch


def flat(t):
    return [float(v) if t.dtype.is_floating_point else (bool(v) if t.dtype == torch.bool else int(v))
            for v in t.detach().reshape(-1).tolist()]


def make(s):
    t = torch.tensor(s["data"], dtype=getattr(torch, s["dtype"])).reshape(s["shape"])
    return t.requires_grad_(s["requires_grad"])


def float32_values(rng, shape, low=-2.0, high=2.0, positive=False, avoid_zero=True):
    """Uniform values from numpy's `rng`, rounded to float32, moved away from zero unless told not to."""
    n = int(np.prod(shape)) if shape else 1
    v = rng.uniform(0.5 if positive else low, high, size=n)
    if avoid_zero:
        v = np.where(np.abs(v) < 0.1, v + 0.3, v)
    return [float(np.float32(x)) for x in v]


def record(name, specs, op, seed_values, **extra):
    """Runs `op` on the inputs `specs` describe, backward from a seed of `seed_values(result)`."""
    inputs = [make(s) for s in specs]
    result = op(*inputs)
    seed = torch.tensor(seed_values(result), dtype=result.dtype).reshape(result.shape)
    result.backward(seed)
    return {
        "op": name,
        "inputs": specs,
        "output": {"shape": list(result.shape), "dtype": str(result.dtype).replace("torch.", ""),
                   "values": flat(result), "repr": repr(result)},
        "grad_fn": type(result.grad_fn).__name__ if result.grad_fn is not None else None,
        "next_functions": [None if f is None else type(f).__name__ for f, _ in result.grad_fn.next_functions],
        "seed": flat(seed),
        "grads": [flat(t.grad) if t.grad is not None else None for t in inputs],
        **extra,
    }


def portable(value):
    """JSON has no NaN or infinities: they are written as the strings Swift's decoder is told to accept."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, list):
        return [portable(v) for v in value]
    if isinstance(value, dict):
        return {k: portable(v) for k, v in value.items()}
    return value


def print_cases(cases):
    print(json.dumps(portable({"torch_version": torch.__version__, "cases": cases}), indent=1))
