"""Generates print_options_cases.json: tensor reprs under torch.set_printoptions (precision, sci_mode,
threshold, edgeitems, linewidth, profile), from real PyTorch.

Documentation only: the Swift tests read the JSON. Run:
/work/torchenv/bin/python Tests/AutogradTests/Data/print_options_cases.py > Tests/AutogradTests/Data/print_options_cases.json
"tensors" holds each tensor once (values as float.hex(), shape, dtype, requires_grad); each case gives the
options as passed to set_printoptions (applied to the defaults), a tensor's name and its repr.
"""
import json
import torch

OPTIONS = [
    {},
    {"precision": 2},
    {"precision": 0},
    {"precision": 8},
    {"sci_mode": True},
    {"sci_mode": False},
    {"precision": 2, "sci_mode": True},
    {"threshold": 5},
    {"threshold": 0},
    {"edgeitems": 1, "threshold": 5},
    {"edgeitems": 0},
    {"edgeitems": 0, "threshold": 5},
    {"linewidth": 30},
    {"linewidth": 0},
    {"linewidth": 120},
    {"profile": "short"},
    {"profile": "full"},
    {"profile": "full", "precision": 2},
    {"profile": "short", "sci_mode": False},
    {"profile": "nonexistent", "precision": 3},
]

TENSORS = {
    "mixed": torch.tensor([1.123456789, 2.5, 1e-3, 300.]),
    "fractions": torch.tensor([1.5, -2.25, 3.125]),
    "integral": torch.tensor([1., -2., 300.]),
    "tiny_and_huge": torch.tensor([1e-8, -1e10, 1.]),
    "zeros": torch.tensor([0., -0.]),
    "nonfinite": torch.tensor([float("nan"), float("inf"), 0.5]),
    "double": torch.tensor([1 / 3, 2 / 3], dtype=torch.float64),
    "ints": torch.tensor([1, -20, 300]),
    "bools": torch.tensor([True, False]),
    "scalar": torch.tensor(3.14159),
    "empty": torch.zeros(0, 3),
    "long_row": torch.arange(20.) / 3,
    "big_vector": torch.arange(2000.),
    "matrix": torch.arange(12.).reshape(3, 4) / 7,
    "big_matrix": torch.arange(1200.).reshape(40, 30),
    "cube": torch.arange(8.).reshape(2, 2, 2),
    "grad": torch.tensor([1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5], requires_grad=True),
}


def flat_values(t):
    if t.dtype.is_floating_point:
        return [float(v).hex() for v in t.detach().reshape(-1).tolist()]
    return [int(v) if t.dtype != torch.bool else bool(v) for v in t.reshape(-1).tolist()]


tensors = {name: {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""),
                  "requires_grad": t.requires_grad, "values": flat_values(t)} for name, t in TENSORS.items()}
cases = []
for options in OPTIONS:
    for name, t in TENSORS.items():
        torch.set_printoptions(profile="default", sci_mode=None)
        torch.set_printoptions(**options)
        text = repr(t)
        torch.set_printoptions(profile="default", sci_mode=None)
        cases.append({"options": options, "tensor": name, "repr": text})
print(json.dumps({"torch_version": torch.__version__, "tensors": tensors, "cases": cases}))
