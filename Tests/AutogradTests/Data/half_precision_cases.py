"""Generates half_precision_cases.json: float16 and bfloat16 rounding on store and elementwise results,
from real PyTorch, as exact values (float.hex()).

Documentation only: the Swift tests read the JSON. Run:
/work/torchenv/bin/python Tests/AutogradTests/Data/half_precision_cases.py > Tests/AutogradTests/Data/half_precision_cases.json
"""
import json
import numpy as np
import torch

rng = np.random.default_rng(16)
raw = np.concatenate([
    rng.normal(0, 3, 200), rng.uniform(-70000, 70000, 40), rng.normal(0, 1e-5, 40),
    [65504, 65519.99, 65520, -65520, 1e-8, 6e-8, 5.96e-8, 2.98e-8, 0.1, 1 / 3, 2049, 2051, 4097, 1e38, 3.39e38,
     float("inf"), float("nan"), -0.0],
]).astype(np.float32)
source = torch.tensor(raw)

OPS = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "exp": lambda a, b: a.exp(),
    "tanh": lambda a, b: a.tanh(),
    "sqrt": lambda a, b: a.abs().sqrt(),
    "sigmoid": lambda a, b: a.sigmoid(),
    "add_scalar": lambda a, b: a + 0.1,
    "mul_scalar": lambda a, b: a * 3,
    "pow2": lambda a, b: a ** 2,
    "round": lambda a, b: a.round(),
}


def hexes(t):
    return [float(v).hex() for v in t.double().tolist()]


cases = {}
for dtype in ["float16", "bfloat16"]:
    d = getattr(torch, dtype)
    stored = source.to(d)
    a = stored[:128]
    b = stored[128:256]
    entry = {"stored": hexes(stored), "a_end": 128, "b_end": 256, "ops": {}}
    for name, op in OPS.items():
        entry["ops"][name] = hexes(op(a.clone(), b.clone()))
    small = stored[:12].reshape(3, 4)
    entry["ops"]["sum"] = hexes(stored[:100].sum().reshape(1))
    entry["ops"]["mean"] = hexes(stored[:100].mean().reshape(1))
    entry["ops"]["matmul"] = hexes((small @ small.t()).reshape(-1))
    entry["ops"]["cumsum"] = hexes(stored[:20].cumsum(0))
    cases[dtype] = entry
print(json.dumps({"torch_version": torch.__version__, "source": [float(v).hex() for v in raw.astype(np.float64)],
                  "cases": cases}))
