"""Generates half_random_cases.json: torch.randn and torch.rand in float16 and bfloat16 after
torch.manual_seed(3), from real PyTorch, as exact values (float.hex()). Sizes of 16 and more take
PyTorch's generic normal_fill, whose intermediates are stored in the 16-bit type.

Documentation only: the Swift tests read the JSON. Run:
/work/torchenv/bin/python Tests/AutogradTests/Data/half_random_cases.py > Tests/AutogradTests/Data/half_random_cases.json
"""
import json
import torch

cases = []
for dtype in ["float16", "bfloat16"]:
    for kind in ["randn", "rand"]:
        for n in [5, 16, 20, 33, 48]:
            torch.manual_seed(3)
            t = getattr(torch, kind)(n, dtype=getattr(torch, dtype))
            cases.append({"dtype": dtype, "kind": kind, "count": n,
                          "values": [float(v).hex() for v in t.double().tolist()]})
print(json.dumps({"torch_version": torch.__version__, "cases": cases}))
