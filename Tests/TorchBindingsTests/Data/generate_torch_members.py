"""Writes torch_members.json: what PyTorch 2.15's dir() lists for each kind of torch object a cell meets.

Run with the PyTorch venv from this folder: /work/torchenv/bin/python generate_torch_members.py
For each sample: a label, the setup and expression a cell evaluates, dir() of the value, and the
AttributeError message for an attribute no object has (None when the sample has no such message).
"""
import json
import torch

SETUP = "import torch\nx = torch.ones(2, 2, requires_grad=True)\ny = x * 2"
SAMPLES = [
    ("Tensor", "x"),
    ("Size", "x.shape"),
    ("dtype", "torch.float32"),
    ("device", "x.device"),
    ("Generator", "torch.default_generator"),
    ("grad_fn", "y.grad_fn"),
    ("AccumulateGrad", "y.grad_fn.next_functions[0][0]"),
    ("return_types.max", "x.max(0)"),
    ("no_grad", "torch.no_grad()"),
    ("module torch", "torch"),
    ("module torch.autograd", "torch.autograd"),
    ("module torch.cuda", "torch.cuda"),
    ("class Tensor", "torch.Tensor"),
]

rows = []
namespace = {}
exec(SETUP, namespace)
for label, expression in SAMPLES:
    value = eval(expression, namespace)
    try:
        getattr(value, "no_such_attribute")
        missing = None
    except AttributeError as error:
        missing = str(error)
    rows.append({"label": label, "setup": SETUP, "expression": expression, "dir": dir(value), "missing": missing})
with open("torch_members.json", "w") as out:
    json.dump(rows, out, indent=1)
    out.write("\n")
