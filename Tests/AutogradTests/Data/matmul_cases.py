"""Generates matmul_cases.json: float32 matrix products from real PyTorch (CPU), bit-exact, for shapes
where the Swift engine reproduces PyTorch's accumulation order. Documentation only: tests read the JSON.
Run: python3 Tests/AutogradTests/Data/matmul_cases.py > Tests/AutogradTests/Data/matmul_cases.json
"""
import json
import numpy as np
import torch

rng = np.random.default_rng(11)
cases = []
for n, k, m in [(2, 2, 2), (3, 3, 2), (8, 2, 1), (2, 3, 4), (4, 16, 4), (1, 64, 8), (3, 100, 20), (16, 16, 16),
                (4, 3, 24), (64, 64, 64), (100, 50, 30)]:
    a = rng.standard_normal((n, k)).astype(np.float32)
    b = rng.standard_normal((k, m)).astype(np.float32)
    r = torch.from_numpy(a) @ torch.from_numpy(b)
    cases.append({"n": n, "k": k, "m": m, "a": [float(x) for x in a.reshape(-1)],
                  "b": [float(x) for x in b.reshape(-1)], "result": [float(x) for x in r.reshape(-1).tolist()]})
print(json.dumps({"torch_version": torch.__version__, "cases": cases}))
