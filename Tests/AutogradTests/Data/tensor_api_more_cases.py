"""Generates tensor_api_more_cases.json: forward values, grad_fn names and gradients of the second batch of
tensor API kernels (log1p/expm1/log2/log10/exp2, tan/asin/acos/atan, sinh/cosh/asinh/acosh/atanh,
erf/erfc, cumprod/cummax/cummin, repeat/tile/roll, masked_select, trace, index_add, var_mean/std_mean,
diff, kthvalue, mode, atan2/hypot/logaddexp/fmod/xlogy/lerp/addcmul/addcdiv,
repeat_interleave, meshgrid, broadcast_tensors, logit/sinc/deg2rad/rad2deg, nansum/nanmean, logcumsumexp,
rot90, movedim, take, take_along_dim, aminmax, dist, cross, float_power)
from real PyTorch,
including values at the edges of each domain and cumprod through zeros.

Documentation only: the Swift tests read the JSON and never run this script.
Run: /work/torchenv/bin/python Tests/AutogradTests/Data/tensor_api_more_cases.py > Tests/AutogradTests/Data/tensor_api_more_cases.json
Same format as ops_cases.json (OpCaseTests reads it); the Swift closures are in TensorAPIMoreOpTable.swift.
A case marked KINK sits where finite differences say nothing (a tie, a domain edge): only PyTorch's
gradient is compared there.
"""
import math
import random
import torch

from op_case_record import print_cases, record

rng = random.Random(20261129)
F32, F64, I64 = "float32", "float64", "int64"
KINK = "kink"


def values(n, low=-2.0, high=2.0):
    out = []
    for _ in range(n):
        v = rng.uniform(low, high)
        if abs(v) < 0.1:
            v += 0.3
        out.append(float(torch.tensor(v, dtype=torch.float32)))
    return out


def spec(shape, dtype=F32, grad=True, data=None, low=-2.0, high=2.0):
    if data is None:
        data = values(math.prod(shape), low, high)
    return {"shape": list(shape), "dtype": dtype, "requires_grad": grad, "data": [float(x) for x in data]}


def index(shape, data):
    return spec(shape, dtype=I64, grad=False, data=data)


OPS = {
    "log1p": lambda a: a.log1p(),
    "expm1": lambda a: a.expm1(),
    "log2": lambda a: a.log2(),
    "log10": lambda a: torch.log10(a),
    "exp2": lambda a: a.exp2(),
    "tan": lambda a: a.tan(),
    "asin": lambda a: a.asin(),
    "acos": lambda a: torch.acos(a),
    "atan": lambda a: a.atan(),
    "sinh": lambda a: a.sinh(),
    "cosh": lambda a: a.cosh(),
    "asinh": lambda a: a.asinh(),
    "acosh": lambda a: a.acosh(),
    "atanh": lambda a: a.atanh(),
    "erf": lambda a: a.erf(),
    "erfc": lambda a: torch.erfc(a),
    "cumprod0": lambda a: a.cumprod(0),
    "cumprod1": lambda a: a.cumprod(dim=1),
    "cumprod_neg": lambda a: torch.cumprod(a, -1),
    "cumprod_double": lambda a: a.cumprod(0, dtype=torch.float64),
    "cummax1": lambda a: a.cummax(1)[0],
    "cummin0": lambda a: torch.cummin(a, 0).values,
    "repeat": lambda a: a.repeat(2, 3),
    "repeat_new_dims": lambda a: a.repeat(2, 1, 2),
    "tile": lambda a: a.tile((2,)),
    "roll": lambda a: a.roll(1, 0),
    "roll_flat": lambda a: a.roll(2),
    "roll_dims": lambda a: a.roll((1, -1), (0, 1)),
    "masked_select": lambda a: a.masked_select(a > 0),
    "masked_select_broadcast": lambda a, m: a.masked_select(m.bool()),
    "trace": lambda a: a.trace(),
    "index_add": lambda a, i, s: a.index_add(0, i, s),
    "var_mean_var": lambda a: torch.var_mean(a)[0],
    "var_mean_mean": lambda a: torch.var_mean(a, 1)[1],
    "var_mean_both": lambda a: sum(torch.var_mean(a, 0, keepdim=True, correction=0)),
    "std_mean_both": lambda a: sum(torch.std_mean(a, 1)),
    "std_mean_std": lambda a: torch.std_mean(a, (0, 1))[0],
    "diff": lambda a: a.diff(),
    "diff_dim0": lambda a: a.diff(dim=0),
    "diff_n2": lambda a: torch.diff(a, n=2),
    "diff_prepend_append": lambda a, p, q: a.diff(prepend=p, append=q),
    "diff_n0": lambda a: a.diff(n=0),
    "kthvalue2": lambda a: a.kthvalue(2)[0],
    "kthvalue_dim0_keep": lambda a: a.kthvalue(1, 0, keepdim=True).values,
    "mode": lambda a: a.mode()[0],
    "mode_dim0": lambda a: torch.mode(a, 0).values,
    "atan2": lambda a, b: torch.atan2(a, b),
    "hypot": lambda a, b: a.hypot(b),
    "logaddexp": lambda a, b: torch.logaddexp(a, b),
    "fmod_tensor": lambda a, b: torch.fmod(a, b),
    "fmod_scalar": lambda a: a.fmod(1.5),
    "xlogy": lambda a, b: torch.xlogy(a, b),
    "lerp_scalar": lambda a, b: torch.lerp(a, b, 0.3),
    "lerp_scalar_high": lambda a, b: a.lerp(b, 0.75),
    "lerp_tensor": lambda a, b, w: torch.lerp(a, b, w),
    "addcmul": lambda a, b, c: torch.addcmul(a, b, c, value=0.5),
    "addcdiv": lambda a, b, c: a.addcdiv(b, c, value=2),
    "repeat_interleave": lambda a: a.repeat_interleave(2),
    "repeat_interleave_dim": lambda a: a.repeat_interleave(3, dim=1),
    "repeat_interleave_tensor": lambda a: a.repeat_interleave(torch.tensor([1, 0, 2]), dim=0),
    "meshgrid_first": lambda a, b: torch.meshgrid(a, b, indexing="ij")[0],
    "meshgrid_xy_second": lambda a, b: torch.meshgrid(a, b, indexing="xy")[1],
    "broadcast_tensors": lambda a, b: torch.broadcast_tensors(a, b)[0],
    "logit": lambda a: a.logit(),
    "logit_eps": lambda a: a.logit(eps=0.2),
    "sinc": lambda a: a.sinc(),
    "deg2rad": lambda a: a.deg2rad(),
    "rad2deg": lambda a: torch.rad2deg(a),
    "nansum": lambda a: a.nansum(),
    "nansum_dim": lambda a: a.nansum(1, keepdim=True),
    "nanmean": lambda a: a.nanmean(),
    "nanmean_dim": lambda a: torch.nanmean(a, 0),
    "logcumsumexp": lambda a: a.logcumsumexp(1),
    "logcumsumexp0": lambda a: torch.logcumsumexp(a, 0),
    "rot90": lambda a: a.rot90(),
    "rot90_k3_dims": lambda a: a.rot90(3, [1, 0]),
    "rot90_k2": lambda a: torch.rot90(a, 2),
    "movedim": lambda a: a.movedim(0, 2),
    "take": lambda a: a.take(torch.tensor([[0, 5], [-1, 0]])),
    "take_along_dim": lambda a: a.take_along_dim(torch.tensor([[0], [2]]), 1),
    "take_along_dim_broadcast": lambda a: a.take_along_dim(torch.tensor([[0, 1]]), 1),
    "take_along_dim_flat": lambda a: torch.take_along_dim(a, torch.tensor([5, 0])),
    "aminmax_min": lambda a: a.aminmax()[0],
    "aminmax_both": lambda a: sum(a.aminmax(dim=1)),
    "dist": lambda a, b: torch.dist(a, b),
    "dist_p1": lambda a, b: torch.dist(a, b, p=1),
    "dist_inf": lambda a, b: a.dist(b, float("inf")),
    "cross": lambda a, b: torch.linalg.cross(a, b),
    "cross_dim0": lambda a, b: torch.cross(a, b, dim=0),
    "float_power": lambda a: torch.float_power(a, 2),
    "float_power_tensor": lambda a, b: a.float_power(b),
    "float_power_base": lambda a: torch.float_power(2, a),
}

CASES = [
    ("log1p", [spec([5], low=-0.9, high=3.0)]),
    ("expm1", [spec([5])]),
    ("log2", [spec([5], low=0.2, high=5.0)]),
    ("log10", [spec([5], low=0.2, high=5.0)]),
    ("exp2", [spec([2, 3])]),
    ("tan", [spec([5], low=-1.2, high=1.2)]),
    ("asin", [spec([5], low=-0.9, high=0.9)]),
    ("acos", [spec([5], low=-0.9, high=0.9)]),
    ("atan", [spec([5], low=-4.0, high=4.0)]),
    ("sinh", [spec([5])]),
    ("cosh", [spec([5])]),
    ("asinh", [spec([5], low=-4.0, high=4.0)]),
    ("acosh", [spec([5], low=1.1, high=4.0)]),
    ("atanh", [spec([5], low=-0.9, high=0.9)]),
    ("erf", [spec([5])]),
    ("erfc", [spec([5])]),
    ("log1p", [spec([3], dtype=F64, low=-0.5, high=2.0)]),
    ("erf", [spec([4], dtype=F64)]),
    # Domain edges: infinite or NaN values and gradients, as PyTorch's formulas give them.
    ("log1p", [spec([4], data=[-1., -2., 0., 1e-8])], KINK),
    ("log2", [spec([3], data=[0., -1., 8.])], KINK),
    ("asin", [spec([4], data=[1., -1., 2., 0.])], KINK),
    ("acos", [spec([3], data=[1., -1., 1.5])], KINK),
    ("acosh", [spec([3], data=[1., 0.5, 2.])], KINK),
    ("atanh", [spec([3], data=[1., -1., 2.])], KINK),
    ("cumprod0", [spec([4])]),
    ("cumprod1", [spec([2, 4])]),
    ("cumprod_neg", [spec([2, 3, 2])]),
    ("cumprod_double", [spec([3, 2])]),
    ("cumprod1", [spec([2, 5], data=[2., 0., 3., 0.5, 5., 1.5, -2., 0., 1., 3.])]),
    ("cumprod0", [spec([5], data=[0., 2., 0., 3., 4.])]),
    ("cumprod0", [spec([4], data=[1.5, -2., 0.5, 0.])]),
    ("cummax1", [spec([2, 5])]),
    ("cummin0", [spec([4, 2])]),
    ("cummax1", [spec([2, 5], data=[1., 3., 3., 2., 5., 0., -1., 0., 4., 4.])], KINK),
    ("cummin0", [spec([3, 2], data=[1., 2., 1., 2., 0., 2.])], KINK),
    ("repeat", [spec([2, 2])]),
    ("repeat_new_dims", [spec([2, 3])]),
    ("tile", [spec([2, 2])]),
    ("roll", [spec([3, 2])]),
    ("roll_flat", [spec([2, 3])]),
    ("roll_dims", [spec([3, 3])]),
    ("masked_select", [spec([2, 3])]),
    ("masked_select_broadcast", [spec([2, 3]), spec([3], grad=False, data=[1., 0., 1.])]),
    ("trace", [spec([3, 3])]),
    ("trace", [spec([2, 4])]),
    ("index_add", [spec([3, 2]), index([3], [0, 2, 0]), spec([3, 2])]),
    ("var_mean_var", [spec([2, 3])]),
    ("var_mean_mean", [spec([2, 3])]),
    ("var_mean_both", [spec([3, 2])]),
    ("std_mean_both", [spec([2, 4])]),
    ("std_mean_std", [spec([2, 3])]),
    ("var_mean_var", [spec([1])], KINK),
    ("std_mean_both", [spec([2, 3], data=[1., 1., 1., 2., 3., 4.])], KINK),
    ("diff", [spec([2, 4])]),
    ("diff_dim0", [spec([3, 2])]),
    ("diff_n2", [spec([5])]),
    ("diff_prepend_append", [spec([2, 3]), spec([2, 1]), spec([2, 2])]),
    ("diff_n0", [spec([3])]),
    ("kthvalue2", [spec([2, 4])]),
    ("kthvalue_dim0_keep", [spec([3, 2])]),
    ("kthvalue2", [spec([2, 5], data=[1., 1., 2., 1., 0., 3., 3., 3., 2., 3.])], KINK),
    ("mode", [spec([2, 5], data=[1., 2., 2., 1., 0., 3., 0., 3., 0., 3.])], KINK),
    ("mode_dim0", [spec([3, 2], data=[1., 2., 1., 2., 0., 2.])], KINK),
    ("atan2", [spec([2, 3]), spec([3])]),
    ("atan2", [spec([3], data=[0., 1., 0.]), spec([3], data=[0., 0., -1.])], KINK),
    ("hypot", [spec([4]), spec([4])]),
    ("hypot", [spec([2], data=[0., 3.]), spec([2], data=[0., 4.])], KINK),
    ("logaddexp", [spec([2, 3]), spec([2, 1])]),
    ("logaddexp", [spec([3], dtype=F64), spec([3], dtype=F64)]),
    ("fmod_tensor", [spec([5]), spec([5], low=0.5, high=1.5)]),
    ("fmod_scalar", [spec([5], low=-4., high=4.)]),
    ("xlogy", [spec([4]), spec([4], low=0.2, high=3.)]),
    ("xlogy", [spec([3], data=[0., 2., 0.]), spec([3], data=[0., 3., 2.])], KINK),
    ("lerp_scalar", [spec([4]), spec([4])]),
    ("lerp_scalar_high", [spec([2, 2]), spec([2])]),
    ("lerp_tensor", [spec([3]), spec([3]), spec([3], low=0., high=1.)]),
    ("lerp_tensor", [spec([2, 3]), spec([3]), spec([2, 1], low=0., high=1.)]),
    ("addcmul", [spec([2, 3]), spec([2, 3]), spec([3])]),
    ("addcdiv", [spec([3]), spec([3]), spec([3], low=0.5, high=2.)]),
    ("repeat_interleave", [spec([2, 2])]),
    ("repeat_interleave_dim", [spec([2, 2])]),
    ("repeat_interleave_tensor", [spec([3, 2])]),
    ("meshgrid_first", [spec([2]), spec([3], grad=False)]),
    ("meshgrid_xy_second", [spec([2], grad=False), spec([3])]),
    ("broadcast_tensors", [spec([2, 1]), spec([3], grad=False)]),
    ("logit", [spec([4], low=0.1, high=0.9)]),
    ("logit", [spec([4], data=[0., 1., -0.5, 1.5])], KINK),
    ("logit_eps", [spec([4], low=0.25, high=0.75)]),
    ("logit_eps", [spec([5], data=[0., 0.1, 0.5, 0.9, 1.])], KINK),
    ("sinc", [spec([5])]),
    ("sinc", [spec([3], data=[0., 1., -2.])], KINK),
    ("deg2rad", [spec([3])]),
    ("rad2deg", [spec([3])]),
    ("nansum", [spec([2, 3])]),
    ("nansum", [spec([2, 3], data=[1., float("nan"), 3., float("nan"), 0.5, 2.])], KINK),
    ("nansum_dim", [spec([2, 3], data=[1., float("nan"), 3., float("nan"), 0.5, 2.])], KINK),
    ("nanmean", [spec([2, 3], data=[1., float("nan"), 3., float("nan"), 0.5, 2.])], KINK),
    ("nanmean_dim", [spec([2, 3], data=[1., float("nan"), 3., float("nan"), float("nan"), 2.])], KINK),
    ("nanmean_dim", [spec([3, 2])]),
    ("logcumsumexp", [spec([2, 4])]),
    ("logcumsumexp0", [spec([3, 2])]),
    ("logcumsumexp", [spec([1, 3], data=[0., -float("inf"), 1.])], KINK),
    ("rot90", [spec([2, 3])]),
    ("rot90_k3_dims", [spec([2, 3])]),
    ("rot90_k2", [spec([2, 2, 2])]),
    ("movedim", [spec([2, 3, 2])]),
    ("take", [spec([2, 3])]),
    ("take_along_dim", [spec([2, 3])]),
    ("take_along_dim_broadcast", [spec([3, 3])]),
    ("take_along_dim_flat", [spec([2, 3])]),
    ("aminmax_min", [spec([2, 3])]),
    ("aminmax_both", [spec([2, 3])]),
    ("aminmax_both", [spec([2, 3], data=[1., 3., 3., 2., 2., 0.])], KINK),
    ("dist", [spec([2, 3]), spec([3])]),
    ("dist_p1", [spec([4]), spec([4])]),
    ("dist_inf", [spec([2, 3]), spec([2, 3])]),
    ("dist", [spec([2], data=[1., 2.]), spec([2], data=[1., 2.])], KINK),
    ("cross", [spec([2, 3]), spec([2, 3])]),
    ("cross", [spec([2, 3]), spec([1, 3])]),
    ("cross_dim0", [spec([3, 2]), spec([3, 2])]),
    ("float_power", [spec([3])]),
    ("float_power_tensor", [spec([3], low=0.5, high=2.), spec([3])]),
    ("float_power_base", [spec([3])]),
]


out = [
    record(name, specs, OPS[name], lambda result: values(result.numel()), smooth=KINK not in flags)
    for name, specs, *flags in CASES
]
print_cases(out)
