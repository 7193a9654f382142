"""Generates elementwise_cases.json: float32 results of arithmetic PyTorch computes exactly (IEEE
single-precision operations), to check the Swift engine is bit-identical. Documentation only.
(Not sqrt/exp/log/sin/...: this PyTorch build's float32 kernels for those are not correctly rounded,
e.g. sqrt differs from the IEEE result in the last bit for about 17% of inputs.)
Run: python3 Tests/AutogradTests/Data/elementwise_cases.py > Tests/AutogradTests/Data/elementwise_cases.json
"""
import json
import numpy as np
import torch

rng = np.random.default_rng(13)
x = torch.from_numpy((rng.standard_normal(2000) * 10).astype(np.float32))
y = torch.from_numpy((rng.standard_normal(2000) * 3).astype(np.float32))
ops = {
    "pow2": x ** 2, "pow3": x ** 3, "pow_neg1": x ** -1, "pow_neg2": x ** -2,
    "div3": x / 3, "mul_point1": x * 0.1, "add_point1": x + 0.1, "rsub2": 2 - x, "rdiv2": 2 / x,
    "add": x + y, "sub": x - y, "mul": x * y, "div": x / y, "neg": -x, "abs": x.abs(), "relu": x.relu(),
    "clamp": x.clamp(-1, 1), "floordiv": x // y, "mod": x % y, "mean_pair": (x + y) / 2,
}
print(json.dumps({
    "torch_version": torch.__version__, "x": [float(v) for v in x.tolist()], "y": [float(v) for v in y.tolist()],
    "results": {k: [float(v) for v in t.tolist()] for k, t in ops.items()},
}))
