"""Generates optim_adaptive_cases.json: torch.optim.RMSprop and Adagrad updates of one float64 parameter
from a fixed sequence of gradients, with PyTorch 2.15's parameter and state after every step.

Documentation only: the Swift tests read the JSON and never run this script.
Run: /path/to/torch/python Tests/AutogradTests/Data/optim_adaptive_cases.py > Tests/AutogradTests/Data/optim_adaptive_cases.json
float64 keeps the comparison exact: PyTorch's float32 sqrt (MKL) is not correctly rounded, its float64 one is.
"""
import json

import numpy as np
import torch

rng = np.random.default_rng(20261129)
STEPS = 6

CASES = [
    ("rmsprop_default", "RMSprop", {"lr": 0.01}),
    ("rmsprop_momentum", "RMSprop", {"lr": 0.01, "momentum": 0.9}),
    ("rmsprop_centered", "RMSprop", {"lr": 0.01, "centered": True}),
    ("rmsprop_all", "RMSprop",
     {"lr": 0.05, "alpha": 0.9, "eps": 1e-3, "weight_decay": 0.1, "momentum": 0.5, "centered": True}),
    ("rmsprop_maximize", "RMSprop", {"lr": 0.02, "maximize": True, "weight_decay": 0.01}),
    ("adagrad_default", "Adagrad", {"lr": 0.1}),
    ("adagrad_all", "Adagrad",
     {"lr": 0.1, "lr_decay": 0.05, "weight_decay": 0.01, "initial_accumulator_value": 0.5, "eps": 1e-6}),
    ("adagrad_maximize", "Adagrad", {"lr": 0.3, "maximize": True}),
]


def case(name, optimizer, kwargs):
    initial = [float(v) for v in rng.uniform(-2, 2, size=5)]
    grads = [[float(v) for v in rng.uniform(-3, 3, size=5)] for _ in range(STEPS)]
    p = torch.tensor(initial, dtype=torch.float64, requires_grad=True)
    opt = getattr(torch.optim, optimizer)([p], **kwargs)
    steps = []
    for g in grads:
        p.grad = torch.tensor(g, dtype=torch.float64)
        opt.step()
        state = {k: (v.tolist() if v.dim() else v.item()) for k, v in opt.state[p].items()}
        steps.append({"param": p.detach().tolist(), "state": state})
    return {"name": name, "optimizer": optimizer, "kwargs": kwargs, "initial": initial, "grads": grads,
            "steps": steps}


print(json.dumps({"torch": torch.__version__, "cases": [case(*c) for c in CASES]}, indent=1))
