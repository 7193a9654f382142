#!/usr/bin/env python3
"""Generates random_cases.json: PyTorch CPU RNG outputs for mixed call sequences after several seeds.

Run with PyTorch installed:  python3 random_cases.py
The Swift tests only read the JSON; this script documents where it came from.

Each scenario: `torch.manual_seed(seed)` then calls run in order on the default generator (state and the
cached spare normal carry across calls). Each call records the op, its arguments, dtype, element count
(in the order values were drawn, i.e. storage order), and the values:
  float32 -> "0x%08x" bit patterns, float64 -> "0x%016x", randint -> decimal strings.
Large calls store only an FNV-1a 64-bit hash over the little-endian bytes of all values, plus the first
and last 4 values.
"""
import json
import os
import random
import struct

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
FULL_LIMIT = 1000
SIZES = list(range(1, 41)) + [100, 1000, (4, 5), (2, 2), (3, 16), (17,), (48,), (33, 3)]


def bits(t):
    flat = t.reshape(-1).tolist()
    if t.dtype == torch.float32:
        return ["0x%08x" % struct.unpack("<I", struct.pack("<f", v))[0] for v in flat]
    if t.dtype == torch.float64:
        return ["0x%016x" % struct.unpack("<Q", struct.pack("<d", v))[0] for v in flat]
    return [str(v) for v in flat]


def fnv1a(t):
    if t.dtype == torch.float32:
        data = struct.pack("<%df" % t.numel(), *t.reshape(-1).tolist())
    elif t.dtype == torch.float64:
        data = struct.pack("<%dd" % t.numel(), *t.reshape(-1).tolist())
    else:
        data = struct.pack("<%dq" % t.numel(), *t.reshape(-1).tolist())
    h = 0xcbf29ce484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "0x%016x" % h


def record(call, t):
    n = t.numel()
    call["count"] = n
    if n <= FULL_LIMIT:
        call["values"] = bits(t)
    else:
        call["hash"] = fnv1a(t)
        call["head"] = bits(t.reshape(-1)[:4])
        call["tail"] = bits(t.reshape(-1)[-4:])
    return call


def run_call(spec):
    op = spec["op"]
    shape = tuple(spec["shape"])
    dtype = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64}[spec["dtype"]]
    if op == "rand":
        t = torch.rand(shape, dtype=dtype)
    elif op == "randn":
        t = torch.randn(shape, dtype=dtype)
    elif op == "uniform_":
        t = torch.empty(shape, dtype=dtype).uniform_(spec["low"], spec["high"])
    elif op == "normal_":
        t = torch.empty(shape, dtype=dtype).normal_(spec["mean"], spec["std"])
    elif op == "normal_transposed":
        # Filled through a transposed (non-contiguous) view; values recorded in storage order.
        base = torch.empty(shape, dtype=dtype)
        base.t().normal_(spec["mean"], spec["std"])
        t = base
    elif op == "randint":
        t = torch.randint(spec["low"], spec["high"], shape)
    else:
        raise ValueError(op)
    call = dict(spec)
    if op == "randint":  # bounds may exceed what a JSON double holds exactly
        call["low"], call["high"] = str(spec["low"]), str(spec["high"])
    return record(call, t)


def random_spec(rng):
    size = rng.choice(SIZES)
    shape = list(size) if isinstance(size, tuple) else [size]
    dtype = rng.choice(["float32", "float32", "float64"])
    op = rng.choice(["rand", "randn", "randn", "randn", "uniform_", "normal_", "randint", "normal_transposed"])
    spec = {"op": op, "shape": shape, "dtype": dtype}
    if op == "uniform_":
        spec["low"], spec["high"] = rng.choice([(-0.5773502691896257, 0.5773502691896257), (2.0, 3.7),
                                                (-0.001, 5.0), (-10.0, 10.0), (1e-3, 1e3)])
    elif op in ("normal_", "normal_transposed"):
        spec["mean"], spec["std"] = rng.choice([(1.5, 0.3), (-2.0, 5.0), (0.0, 1.0), (10.0, 0.01), (0.1, 2.5)])
        if op == "normal_transposed":
            spec["shape"] = [rng.randint(2, 6), rng.randint(2, 9)]
    elif op == "randint":
        spec["dtype"] = "int64"
        spec["low"], spec["high"] = rng.choice([(0, 10), (-5, 5), (0, 2), (0, 2**28 - 1), (0, 2**28),
                                                (0, 2**31), (-2**40, 2**40), (3, 2**62), (-1000, 7),
                                                (-2**63, 2**63 - 1)])
    return spec


def main():
    rng = random.Random(1126)
    scenarios = []
    seeds = [0, 1, 7, 42, 123, 2**32 + 5, -1, -12345, 2**63 + 11, 67280421310721, 999983, 31337]
    for seed in seeds:
        for repeat in range(3):
            torch.manual_seed(seed)
            calls = [run_call(random_spec(rng)) for _ in range(rng.randint(6, 14))]
            scenarios.append({"name": "seed %d #%d" % (seed, repeat), "seed": str(seed),
                              "initial_seed": str(torch.initial_seed()), "calls": calls})
    # Every size 1..40 on its own for randn in both dtypes (both normal paths and the boundary).
    for dtype in ["float32", "float64"]:
        torch.manual_seed(5)
        calls = [run_call({"op": "randn", "shape": [n], "dtype": dtype}) for n in range(1, 41)]
        scenarios.append({"name": "randn sizes 1..40 " + dtype, "seed": "5", "initial_seed": "5", "calls": calls})
    # Large calls, checked by hash.
    torch.manual_seed(123)
    calls = [run_call({"op": "randn", "shape": [20000], "dtype": "float32"}),
             run_call({"op": "randn", "shape": [100003], "dtype": "float32"}),
             run_call({"op": "randn", "shape": [50001], "dtype": "float64"}),
             run_call({"op": "rand", "shape": [100000], "dtype": "float32"}),
             run_call({"op": "normal_", "shape": [30000], "dtype": "float32", "mean": 3.0, "std": 0.5}),
             run_call({"op": "randint", "shape": [10000], "dtype": "int64", "low": -3, "high": 2**30})]
    scenarios.append({"name": "large calls", "seed": "123", "initial_seed": "123", "calls": calls})
    path = os.path.join(HERE, "random_cases.json")
    with open(path, "w") as f:
        f.write('{"torch_version": %s, "cpu_capability": %s, "scenarios": [\n' % (
            json.dumps(torch.__version__), json.dumps(torch.backends.cpu.get_cpu_capability())))
        f.write(",\n".join(json.dumps(s) for s in scenarios))
        f.write("\n]}\n")
    print(path, len(scenarios), "scenarios", sum(len(s["calls"]) for s in scenarios), "calls",
          "%.2f MB" % (os.path.getsize(path) / 1e6))


if __name__ == "__main__":
    main()
