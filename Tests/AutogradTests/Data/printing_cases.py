#!/usr/bin/env python3
"""Generates printing_cases.json: tensors and the exact repr real PyTorch gives them.

Run from anywhere with PyTorch installed:  python3 printing_cases.py
The Swift tests only read the JSON; this script documents where it came from.

Sources of cases:
  * facts   - every tensor-valued example of section 1 of ../../../../shared/reference/pytorch-facts.md
  * corpus  - every tensor repr'd while running the conformance sessions (shared/conformance/cases.json)
  * edge    - hand-picked edge cases (ties, thresholds, wrapping, nesting, extremes)
  * random  - random dtype/shape/magnitude tensors incl. inf, nan, +-0, summarised, empty, 0-d, suffixes

Also writes printing_float_format.json: Python's "%.4f", "%.4e", "%.0f", "%g" and repr of ~10,000 doubles
(exact ties, float32-derived values, subnormals, the (2^53, 1e16) range, specials).

Element encoding: float32 -> "0x%08x" bit pattern, float64 -> "0x%016x" bit pattern,
int64 -> decimal string, bool -> JSON bool.
"""
import ast
import json
import math
import os
import random
import re
import struct
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared"))
if not os.path.isdir(SHARED):
    SHARED = "/work/shared"
DTYPES = {torch.float32: "float32", torch.float64: "float64", torch.int64: "int64", torch.bool: "bool"}

cases = []
seen = set()


def encode(t):
    flat = t.detach().reshape(-1).tolist()
    if t.dtype == torch.float32:
        return ["0x%08x" % struct.unpack("<I", struct.pack("<f", v))[0] for v in flat]
    if t.dtype == torch.float64:
        return ["0x%016x" % struct.unpack("<Q", struct.pack("<d", v))[0] for v in flat]
    if t.dtype == torch.int64:
        return [str(v) for v in flat]
    return [bool(v) for v in flat]


def add(source, name, t):
    if not isinstance(t, torch.Tensor) or t.dtype not in DTYPES or t.layout != torch.strided:
        return False
    text = repr(t)
    key = (text, t.dtype, tuple(t.shape))
    if key in seen:
        return False
    seen.add(key)
    is_param = isinstance(t, torch.nn.Parameter)
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    cases.append({
        "source": source,
        "name": name,
        "shape": list(t.shape),
        "dtype": DTYPES[t.dtype],
        "values": encode(t),
        "requires_grad": bool(t.requires_grad and grad_fn is None),
        "grad_fn": grad_fn,
        "is_parameter": is_param,
        "repr": text,
    })
    return True


def facts_cases():
    text = open(os.path.join(SHARED, "reference", "pytorch-facts.md")).read()
    section = text.split("## 1. Tensor printing")[1].split("## 2.")[0]
    for block in re.findall(r"```pycon\n(.*?)```", section, re.S):
        env = {"torch": torch, "math": math}
        for line in block.splitlines():
            if not line.startswith(">>> "):
                continue
            src = line[4:]
            try:
                node = ast.parse(src)
                if len(node.body) == 1 and isinstance(node.body[0], ast.Expr):
                    value = eval(src, env)
                    values = value if isinstance(value, (list, tuple)) else [value]
                    if isinstance(value, dict):
                        values = list(value.values())
                    for v in values:
                        add("facts", src, v)
                else:
                    exec(src, env)
            except Exception:
                pass


def corpus_cases():
    data = json.load(open(os.path.join(SHARED, "conformance", "cases.json")))
    recorded = []
    original = torch.Tensor.__repr__

    def recording_repr(self, *args, **kwargs):
        text = original(self, *args, **kwargs)
        recorded.append(self)
        return text

    torch.Tensor.__repr__ = recording_repr
    try:
        for session in data["sessions"]:
            env = {}
            for index, cell in enumerate(session["cells"]):
                start = len(recorded)
                try:
                    tree = ast.parse(cell["code"])
                    last = tree.body[-1] if tree.body else None
                    if isinstance(last, ast.Expr):
                        exec(compile(ast.Module(tree.body[:-1], []), "<cell>", "exec"), env)
                        value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), env)
                        if value is not None:
                            repr(value)
                    else:
                        exec(compile(tree, "<cell>", "exec"), env)
                except BaseException:
                    pass
                for t in recorded[start:]:
                    name = "%s cell %d" % (session["name"], index)
                    text = original(t)
                    if text not in cell["output"] and text not in json.dumps(cell):
                        continue  # a repr made for another reason (e.g. inside an error path)
                    add("corpus", name, t)
    finally:
        torch.Tensor.__repr__ = original


def edge_cases():
    f32, f64 = torch.float32, torch.float64
    E = [
        ("ties", torch.tensor([1.03125, 2.5, 0.5, 1.00005, 0.00015, 0.00025, 3.00005])),
        ("ties f64", torch.tensor([0.00125, 0.00375, 1.00005, 2.00015], dtype=f64)),
        ("ratio exactly 1000", torch.tensor([0.25, 250.0])),
        ("ratio just above 1000", torch.tensor([0.25, 250.125])),
        ("1e8 boundary integral", torch.tensor([1e8, 1.0e7])),
        ("1e8 boundary f64", torch.tensor([1e8, 100000001.0], dtype=f64)),
        ("min 1e-4 f64", torch.tensor([1e-4, 0.05], dtype=f64)),
        ("subnormal f64", torch.tensor([5e-324, 1.0], dtype=f64)),
        ("max f64", torch.tensor([1.7976931348623157e308, -1.0], dtype=f64)),
        ("max f32", torch.tensor([3.4028234663852886e38, 1.0])),
        ("tiny f32", torch.tensor([1.401298464324817e-45])),
        ("huge integral fixed width", torch.tensor([99999999.0, -99999999.0])),
        ("int64 extremes", torch.tensor([-2**63, 2**63 - 1, 0])),
        ("nan only", torch.tensor([float("nan")] * 3)),
        ("neg zero only", torch.tensor([-0.0, -0.0])),
        ("inf and zero", torch.tensor([0.0, float("inf")])),
        ("sci with zero", torch.tensor([0.0, -0.0, 1e-7, float("nan")])),
        ("deep 1-sized", torch.ones(1, 1, 1, 1, 1, 1, 1)),
        ("deep 2-sized", torch.arange(64.0).reshape(2, 2, 2, 2, 2, 2)),
        ("64 dims", torch.ones([1] * 64)),
        ("41 dims last 2", torch.arange(2.0).reshape([1] * 40 + [2]) / 3),
        ("deep and wide", torch.arange(2 * 75).reshape([1] * 30 + [2, 75]) * 1001),
        ("wide sci rows", (torch.arange(60.0).reshape(3, 20) - 30) * 1e-6),
        ("long row of ints", torch.arange(-50, 50)),
        ("bool long", torch.arange(40) % 3 == 0),
        ("bool 3d", torch.arange(24).reshape(2, 3, 4) % 2 == 0),
        ("exactly 1000", torch.arange(1000.0) / 3),
        ("1001 ints", torch.arange(1001)),
        ("summarised 3d", torch.arange(2 * 10 * 60.0).reshape(2, 10, 60)),
        ("summarised 4d", torch.arange(8 * 7 * 3 * 9.0).reshape(8, 7, 3, 9) / 11),
        ("summarised bool", torch.arange(2000) % 7 == 0),
        ("summarised int", torch.arange(3000).reshape(1000, 3) * -7),
        ("summarised small rows", torch.arange(1002.0).reshape(2, 501)),
        ("summarised keep 6", torch.arange(6 * 200.0).reshape(6, 200)),
        ("empty 3d", torch.zeros(2, 0, 3)),
        ("empty bool 2d", torch.zeros(0, 1, dtype=torch.bool)),
        ("empty f64 grad", torch.zeros(0, dtype=f64, requires_grad=True)),
        ("empty grad_fn", torch.zeros(0, 4, requires_grad=True) * 2),
        ("ones 12 grad", torch.ones(12, requires_grad=True)),
        ("ones 13 grad", torch.ones(13, requires_grad=True)),
        ("ones 13 grad_fn", torch.ones(13, requires_grad=True) * 1),
        ("f64 grad wrap", torch.ones(12, dtype=f64, requires_grad=True) * 1),
        ("f64 11 grad", torch.ones(11, dtype=f64, requires_grad=True)),
        ("f64 10 grad_fn", torch.ones(10, dtype=f64, requires_grad=True).exp()),
        ("0-d f64 grad_fn", torch.tensor(2.0, dtype=f64, requires_grad=True).exp()),
        ("0-d int", torch.tensor(-123456789012)),
        ("0-d false", torch.tensor(False)),
        ("0-d sci", torch.tensor(1.5e-30)),
        ("parameter", torch.nn.Parameter(torch.tensor([[0.5, -1.0], [2.0, 3.0]]))),
        ("parameter no grad", torch.nn.Parameter(torch.ones(3), requires_grad=False)),
        ("parameter f64", torch.nn.Parameter(torch.ones(2, dtype=f64))),
        ("linspace", torch.linspace(-1, 1, 25)),
        ("width 9 per line", torch.arange(9.0).reshape(1, 9) * 1.1),
    ]
    for name, t in E:
        add("edge", name, t)
    # Sweep the suffix-wrapping boundary for every row length and suffix kind.
    for n in range(1, 30):
        add("edge", "wrap requires_grad %d" % n, torch.ones(n, requires_grad=True))
        add("edge", "wrap f64 requires_grad %d" % n, torch.full((n,), 0.5, dtype=f64, requires_grad=True))
        add("edge", "wrap grad_fn %d" % n, torch.full((n,), 2.0, requires_grad=True).neg())
        add("edge", "wrap 2d grad_fn %d" % n, (torch.arange(2.0 * n).reshape(2, n) / 3).requires_grad_().mul(1))


def random_tensor(rng):
    dtype = rng.choice([torch.float32, torch.float32, torch.float64, torch.int64, torch.bool])
    ndim = rng.choice([0, 1, 1, 1, 2, 2, 2, 3, 3, 4])
    if rng.random() < 0.06:
        shape = [rng.randint(1, 6) for _ in range(max(ndim, 1))]
        shape[rng.randrange(len(shape))] = 0
    elif rng.random() < 0.12 and ndim >= 1:
        shape = [rng.randint(1, 60) for _ in range(ndim)]
        while math.prod(shape) <= 1000:
            shape[rng.randrange(ndim)] += rng.randint(1, 40)
        while math.prod(shape) > 4000:
            i = max(range(ndim), key=lambda k: shape[k])
            shape[i] = max(1, shape[i] // 2)
        if math.prod(shape) <= 1000:
            shape[0] = 1001 // math.prod(shape[1:]) + 1
    else:
        shape = [rng.randint(1, 7) for _ in range(ndim)]
    n = math.prod(shape)
    if dtype == torch.bool:
        p = rng.random()
        t = torch.tensor([rng.random() < p for _ in range(n)], dtype=dtype).reshape(shape)
    elif dtype == torch.int64:
        mag = 10 ** rng.uniform(0, rng.choice([2, 5, 12, 18]))
        t = torch.tensor([int(rng.uniform(-mag, mag)) for _ in range(n)], dtype=dtype).reshape(shape)
    else:
        centre = rng.uniform(-14, 14)
        spread = rng.choice([0, 0.5, 2, 6])
        integral = rng.random() < 0.25
        vals = []
        for _ in range(n):
            v = (10 ** rng.uniform(centre - spread, centre + spread)) * rng.choice([1, -1, 1])
            if integral:
                v = float(round(v))
            r = rng.random()
            if r < 0.04:
                v = rng.choice([float("inf"), float("-inf"), float("nan"), 0.0, -0.0])
            vals.append(v)
        t = torch.tensor(vals, dtype=dtype).reshape(shape)
        r = rng.random()
        if r < 0.2:
            t.requires_grad_()
        elif r < 0.4:
            t = t.requires_grad_() * 1
        elif r < 0.5:
            t = t.detach().requires_grad_().exp() if n else t.detach().requires_grad_().sum()
    return t


def random_cases(count):
    rng = random.Random(20261126)
    made = 0
    while made < count:
        if add("random", "random %d" % made, random_tensor(rng)):
            made += 1


def float_format_cases():
    """Python's %-formatting and repr of doubles, for the formatting helpers (printing_float_format.json)."""
    rng = random.Random(4242)
    values = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 5e-324, 2.5e-310, 1.7976931348623157e308,
              0.1, 1e16, 1e15, 1e-4, 1e-5, 1.5e-7, 3.0, 1e22, 9007199254740994.0, 9999999999999998.0,
              123456792.0, 0.30000001192092896, 2.0**53, 2.0**53 + 2, 1e16 - 2]
    for _ in range(1500):  # exact binary ties at the 4th decimal / at the units for %.0f
        m = rng.randint(0, 10**6)
        values.append((m + 0.5) / 10**4 if rng.random() < 0.5 else m + 0.5)
        values.append(m / 2.0 ** rng.randint(1, 12))
    for _ in range(2500):
        values.append(rng.choice([1, -1]) * 10 ** rng.uniform(-320, 308))
        values.append(struct.unpack("<f", struct.pack("<f", rng.uniform(-1, 1) * 10 ** rng.uniform(-12, 12)))[0])
        values.append(rng.uniform(2.0**53, 1e16))
    rows = []
    for v in values:
        rows.append({"bits": "0x%016x" % struct.unpack("<Q", struct.pack("<d", v))[0],
                     "f4": "%.4f" % v, "e4": "%.4e" % v, "f0": "%.0f" % v, "repr": repr(v),
                     "g6": "%g" % v})
    path = os.path.join(HERE, "printing_float_format.json")
    with open(path, "w") as f:
        f.write('{"cases": [\n' + ",\n".join(json.dumps(r) for r in rows) + "\n]}\n")
    print(path, len(rows))


def main():
    float_format_cases()
    facts_cases()
    corpus_cases()
    edge_cases()
    random_cases(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
    path = os.path.join(HERE, "printing_cases.json")
    with open(path, "w") as f:  # one case per line keeps diffs readable
        f.write('{"torch_version": %s, "cases": [\n' % json.dumps(torch.__version__))
        f.write(",\n".join(json.dumps(c, ensure_ascii=False) for c in cases))
        f.write("\n]}\n")
    counts = {}
    for c in cases:
        counts[c["source"]] = counts.get(c["source"], 0) + 1
    print(path, len(cases), counts, "%.1f MB" % (os.path.getsize(path) / 1e6))


if __name__ == "__main__":
    main()
