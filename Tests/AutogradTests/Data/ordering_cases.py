"""Generates ordering_cases.json: which of several equal values PyTorch's CPU `topk`, `sort` and
`median(dim)`, `kthvalue` and `mode` report, on rows full of ties (and some NaNs), for both of topk's
algorithms (a heap when k * 64 <= n, else nth_element + sort).

Documentation only: the Swift tests read the JSON. Run:
/work/torchenv/bin/python Tests/AutogradTests/Data/ordering_cases.py > Tests/AutogradTests/Data/ordering_cases.json
"""
import json
import numpy as np
import torch

rng = np.random.default_rng(7)
cases = []
for n in [1, 2, 3, 5, 8, 16, 17, 20, 33, 64, 65, 100, 128, 200, 300]:
    for trial in range(3):
        distinct = int(rng.integers(1, max(2, n // 2) + 1))
        row = rng.integers(0, distinct, size=n).astype(np.float64)
        if trial == 2 and n > 3:
            row[rng.integers(0, n, size=2)] = np.nan
        t = torch.tensor(row, dtype=torch.float32)
        ks = sorted({1, min(n, 2), max(1, n // 64), max(1, n // 3), n})
        for k in ks:
            for largest in (True, False):
                for sorted_ in (True, False):
                    v, i = t.topk(k, largest=largest, sorted=sorted_)
                    cases.append({"op": "topk", "row": [None if np.isnan(x) else float(x) for x in row],
                                  "k": k, "largest": largest, "sorted": sorted_,
                                  "indices": i.tolist()})
        for descending in (False, True):
            for stable in (False, True):
                cases.append({"op": "sort", "row": [None if np.isnan(x) else float(x) for x in row],
                              "descending": descending, "stable": stable,
                              "indices": t.sort(descending=descending, stable=stable).indices.tolist()})
        cases.append({"op": "median", "row": [None if np.isnan(x) else float(x) for x in row],
                      "indices": [t.median(0).indices.item()]})
        for k in ks:
            cases.append({"op": "kthvalue", "row": [None if np.isnan(x) else float(x) for x in row],
                          "k": k, "indices": [t.kthvalue(k).indices.item()]})
        cases.append({"op": "mode", "row": [None if np.isnan(x) else float(x) for x in row],
                      "indices": [t.mode().indices.item()]})
print(json.dumps({"torch_version": torch.__version__, "cases": cases}))
