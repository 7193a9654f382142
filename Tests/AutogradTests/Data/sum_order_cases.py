"""Generates sum_order_cases.json: bit-exact float32/float64 sums and means from real PyTorch (CPU),
to check that the Swift engine adds in PyTorch's order. Documentation only: tests read the JSON.
Run: python3 Tests/AutogradTests/Data/sum_order_cases.py > Tests/AutogradTests/Data/sum_order_cases.json
Inputs are generated from a seeded numpy RNG and stored in the JSON (as exact float values).
"""
import json
import numpy as np
import torch

torch.set_num_threads(1)
rng = np.random.default_rng(7)
cases = []


def add(shape, dtype, op, dims=None, keepdim=False, transpose=False):
    n = int(np.prod(shape))
    data = rng.standard_normal(n) * rng.choice([1.0, 1e3, 1e-2]) + rng.choice([0.0, 0.1, 3.0])
    t = torch.tensor(data, dtype=dtype).reshape(shape)
    if transpose:
        t = t.t()
    if dims is None:
        r = getattr(t, op)()
    else:
        r = getattr(t, op)(dim=dims, keepdim=keepdim)
    cases.append({
        "shape": list(shape), "dtype": str(dtype).replace("torch.", ""), "op": op,
        "dims": dims, "keepdim": keepdim, "transpose": transpose,
        "data": [float(v) for v in torch.tensor(data, dtype=dtype).tolist()],
        "result_shape": list(r.shape), "result": [float(v) for v in r.reshape(-1).tolist()],
    })


for n in list(range(1, 41)) + [63, 64, 65, 100, 127, 128, 129, 255, 256, 257, 500, 511, 512, 513, 1000, 2047,
                               2048, 2049, 4097, 10000, 30000]:
    add([n], torch.float32, "sum")
for n in [5, 9, 17, 100, 1000, 4099]:
    add([n], torch.float32, "mean")
    add([n], torch.float64, "sum")
for shape in [(3, 4), (4, 9), (9, 4), (5, 33), (33, 5), (17, 40), (70, 3), (3, 70), (64, 64), (100, 37)]:
    add(list(shape), torch.float32, "sum", dims=1)
    add(list(shape), torch.float32, "sum", dims=0)
    add(list(shape), torch.float32, "mean", dims=0, keepdim=True)
    add(list(shape), torch.float64, "sum", dims=0)
    add(list(shape), torch.float32, "sum", transpose=True)
for shape, dims in [((2, 3, 4), 1), ((4, 5, 9), 1), ((3, 20, 10), (1, 2)), ((6, 7, 8), (0, 1)), ((2, 50, 3), -2)]:
    add(list(shape), torch.float32, "sum", dims=dims)

print(json.dumps({"torch_version": torch.__version__, "cases": cases}))
