"""Generates dtype_cases.json: the text (repr, or `ExcType: message`) of ops on uint8, int8, int16, int32,
float16 and bfloat16 tensors (and the existing dtypes), from real PyTorch: promotion, wraparound, rounding
to the storage type, printing, conversions and errors.

Documentation only: the Swift tests read the JSON. Run:
/work/torchenv/bin/python Tests/AutogradTests/Data/dtype_cases.py > Tests/AutogradTests/Data/dtype_cases.json
The operand of every op is `x = torch.tensor(BASE).to(dtype)`; the Swift side (DTypeCaseTests.swift) has
one closure per op name below.
"""
import json
import re
import warnings
import torch

BASE = [[1.5, -2.0, 3.25], [100.0, 0.0, -120.0]]
DTYPES = ["uint8", "int8", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64", "bool"]
IDX = torch.tensor([[0, 2], [1, 1]])

OPS = {
    "repr": "x",
    "add_int": "x + 1",
    "add_float": "x + 1.5",
    "add_big_int": "x + 200",
    "radd_float": "0.1 + x",
    "mul_2": "x * 2",
    "square": "x * x",
    "sub_3": "x - 3",
    "rsub": "1 - x",
    "div_2": "x / 2",
    "floordiv_3": "x // 3",
    "mod_3": "x % 3",
    "pow_2": "x ** 2",
    "pow_half": "x ** 0.5",
    "neg": "-x",
    "abs": "x.abs()",
    "sign": "x.sign()",
    "relu": "x.relu()",
    "exp": "x.exp()",
    "sqrt": "x.sqrt()",
    "sigmoid": "x.sigmoid()",
    "tanh": "x.tanh()",
    "log": "x.log()",
    "sum": "x.sum()",
    "sum_dim": "x.sum(1)",
    "sum_half": "x.sum(dtype=torch.float16)",
    "mean": "x.mean()",
    "prod": "x.prod()",
    "cumsum": "x.cumsum(1)",
    "max": "x.max()",
    "max_dim": "x.max(1)",
    "argmax": "x.argmax()",
    "amax": "x.amax(0)",
    "clamp": "x.clamp(0, 50)",
    "clamp_float": "x.clamp(min=0.5)",
    "floor": "x.floor()",
    "round": "x.round()",
    "frac": "x.frac()",
    "sort": "x.sort()",
    "topk": "x.topk(2)",
    "median": "x.median()",
    "eq": "x == 3",
    "gt": "x > 0",
    "and_6": "x & 6",
    "invert": "x.bitwise_not()",
    "std": "x.std()",
    "var_dim": "x.var(1)",
    "norm": "x.norm()",
    "logsumexp": "x.logsumexp(1)",
    "matmul": "x @ x.t()",
    "to_float32": "x.to(torch.float32)",
    "to_int64": "x.to(torch.int64)",
    "to_uint8": "x.to(torch.uint8)",
    "to_int8": "x.to(torch.int8)",
    "to_int16": "x.short()",
    "to_int32": "x.int()",
    "to_float16": "x.half()",
    "to_bfloat16": "x.bfloat16()",
    "to_bool": "x.bool()",
    "add_int8": "x + torch.ones(3, dtype=torch.int8)",
    "add_uint8": "x + torch.ones(3, dtype=torch.uint8)",
    "add_float16": "x + torch.ones(3, dtype=torch.float16)",
    "add_bfloat16": "x + torch.ones(3, dtype=torch.bfloat16)",
    "add_0d_float": "x + torch.tensor(1.)",
    "add_0d_int": "x + torch.tensor(1)",
    "all": "x.all()",
    "any_dim": "x.any(1)",
    "isnan": "x.isnan()",
    "nan_to_num": "x.nan_to_num()",
    "tril": "x.tril()",
    "masked_fill": "x.masked_fill(x > 1, 7)",
    "gather": "x.gather(1, IDX)",
    "index": "x[[0, 1], [2, 0]]",
    "where": "torch.where(x > 1, x, 0)",
    "flip": "x.flip(1)",
    "item": "x[0, 0].item()",
    "tolist": "x.tolist()",
    "empty": "x[:0]",
    "scalar": "x[1, 0]",
    "type": "x.type()",
    "requires_grad": "x.requires_grad_()",
}

TAIL = re.compile(r" \(Triggered internally at .*\)$", re.S)

cases = []
for dtype in DTYPES:
    x = torch.tensor(BASE).to(getattr(torch, dtype))
    for name, expr in OPS.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                text = repr(eval(expr, {"torch": torch, "x": x.clone(), "IDX": IDX}))
            except Exception as e:
                text = f"{type(e).__name__}: {e}"
        lines = [f"{w.category.__name__}: {TAIL.sub('', str(w.message))}" for w in caught]
        cases.append({"dtype": dtype, "op": name, "expression": expr, "expected": text, "warnings": lines})
print(json.dumps({"torch_version": torch.__version__, "base": BASE, "cases": cases}, indent=0))
