"""Generates tensor_api_cases.json: forward values, grad_fn names and gradients of the tensor API of issue 12
(split/chunk/unbind, prod/cumsum/std/var/norm/logsumexp, rounding, sorting, gather/scatter, tril/triu/diag,
outer/einsum, advanced indexing) from real PyTorch, including the derivative audit at ties and
non-differentiable points.

Documentation only: the Swift tests read the JSON and never run this script.
Run: /work/torchenv/bin/python Tests/AutogradTests/Data/tensor_api_cases.py > Tests/AutogradTests/Data/tensor_api_cases.json
Same format as ops_cases.json (OpCaseTests reads both); the Swift closures are in TensorAPIOpTable.swift.
A case with "smooth": false sits on a tie or kink, where finite differences say nothing: only PyTorch's
gradient is compared there.
"""
import json
import numpy as np
import torch

rng = np.random.default_rng(20260412)


def values(shape, low=-2.0, high=2.0, positive=False, avoid_zero=True):
    n = int(np.prod(shape)) if shape else 1
    v = rng.uniform(0.5 if positive else low, high, size=n)
    if avoid_zero:
        v = np.where(np.abs(v) < 0.1, v + 0.3, v)
    return [float(np.float32(x)) for x in v]


F32, F64, I64 = "float32", "float64", "int64"


def spec(shape, dtype=F32, grad=True, data=None, **kw):
    if data is None:
        data = values(shape, **kw)
    return {"shape": list(shape), "dtype": dtype, "requires_grad": grad, "data": [float(x) for x in data]}


# Marks a case on a tie or kink (see KINKS below).
KINK = "kink"


def index(shape, data):
    return spec(shape, dtype=I64, grad=False, data=data)


def assigned(a, index, value):
    """`b = a * 1; b[index] = value; return b` (writing into a non-leaf)."""
    b = a * 1
    b[index] = value
    return b


def assigned_view(a, index, value):
    """Writes through a slice of a non-leaf: the base records CopySlices."""
    b = a * 1
    b[1:][index] = value
    return b


OPS = {
    # Multi-output views.
    "chunk2_0": lambda a: a.chunk(2)[0],
    "chunk2_1": lambda a: a.chunk(2)[1],
    "chunk3_dim1": lambda a: a.chunk(3, dim=1)[1],
    "split2_last": lambda a: a.split(2)[2],
    "split_sizes": lambda a: a.split([1, 4])[1],
    "split_dim1": lambda a: torch.split(a, 1, dim=1)[0],
    "unbind0": lambda a: a.unbind()[1],
    "unbind1": lambda a: a.unbind(1)[0],
    "chunk_sum": lambda a: a.chunk(2)[0].sum() * a.chunk(2)[1].sum(),
    "t_": lambda a: (a * 1).t_(),
    # Products and running sums.
    "prod": lambda a: a.prod(),
    "prod_dim1": lambda a: a.prod(1),
    "prod_dim0_keep": lambda a: a.prod(dim=0, keepdim=True),
    "prod_double": lambda a: a.prod(dtype=torch.float64),
    "prod_0d": lambda a: a.prod(),
    "cumsum0": lambda a: a.cumsum(0),
    "cumsum1": lambda a: a.cumsum(dim=1),
    "cumsum_neg": lambda a: torch.cumsum(a, -1),
    "cumsum_double": lambda a: a.cumsum(1, dtype=torch.float64),
    "flip0": lambda a: a.flip(0),
    "flip01": lambda a: a.flip((0, 1)),
    # Statistics.
    "var": lambda a: a.var(),
    "var_dim0": lambda a: a.var(0),
    "var_dim1_keep": lambda a: a.var(1, keepdim=True),
    "var_unbiased_false": lambda a: a.var(unbiased=False),
    "var_correction2": lambda a: a.var(dim=1, correction=2),
    "var_dims": lambda a: a.var(dim=(0, 1)),
    "std": lambda a: a.std(),
    "std_dim0": lambda a: a.std(0),
    "std_dim1_keep": lambda a: a.std(1, keepdim=True),
    "std_correction0": lambda a: a.std(correction=0),
    "std_dims": lambda a: a.std(dim=(0, 2)),
    "var_dof0": lambda a: a.var(),
    "std_dof0": lambda a: a.std(),
    "var_dim_dof0": lambda a: a.var(dim=1, correction=3),
    "std_dim_dof_negative": lambda a: a.std(dim=1, correction=4),
    "var_dof_negative": lambda a: a.var(correction=7),
    "std_constant": lambda a: a.std(1),
    "norm": lambda a: a.norm(),
    "norm_p1": lambda a: a.norm(1),
    "norm_inf": lambda a: a.norm(float("inf")),
    "norm_neg_inf": lambda a: a.norm(float("-inf")),
    "norm_p0": lambda a: a.norm(0),
    "norm_p3": lambda a: a.norm(3),
    "norm_p1_5": lambda a: a.norm(1.5),
    "norm_p_half": lambda a: a.norm(0.5),
    "norm_dim1": lambda a: a.norm(dim=1),
    "norm_dim0_keep": lambda a: a.norm(2, dim=0, keepdim=True),
    "norm_fro_dims": lambda a: a.norm(p="fro", dim=(0, 1)),
    "norm_inf_dim1": lambda a: a.norm(float("inf"), dim=1),
    "norm_zero": lambda a: a.norm(),
    "norm_p1_zero": lambda a: a.norm(1),
    "norm_p3_zero": lambda a: a.norm(3, dim=1),
    "norm_inf_ties": lambda a: a.norm(float("inf")),
    "logsumexp0": lambda a: a.logsumexp(0),
    "logsumexp1_keep": lambda a: a.logsumexp(dim=1, keepdim=True),
    "logsumexp_all": lambda a: a.logsumexp((0, 1)),
    "amax": lambda a: a.amax(),
    "amax_dim1": lambda a: a.amax(1),
    "amin_dims_keep": lambda a: a.amin(dim=(0, 1), keepdim=True),
    "amax_ties": lambda a: a.amax(),
    "amin_ties_dim": lambda a: a.amin(0),
    # Rounding.
    "floor": lambda a: a.floor(),
    "ceil": lambda a: a.ceil(),
    "round": lambda a: a.round(),
    "round_decimals2": lambda a: a.round(decimals=2),
    "round_decimals_neg": lambda a: torch.round(a, decimals=-1),
    "trunc": lambda a: a.trunc(),
    "frac": lambda a: a.frac(),
    "nan_to_num": lambda a: a.nan_to_num(),
    "nan_to_num_values": lambda a: a.nan_to_num(0.5, 2.0, -3.0),
    # Ordering.
    "sort": lambda a: a.sort().values,
    "sort_dim0_desc": lambda a: a.sort(0, descending=True)[0],
    "sort_stable": lambda a: a.sort(dim=1, stable=True).values,
    "msort": lambda a: a.msort(),
    "topk2": lambda a: a.topk(2).values,
    "topk_smallest_dim0": lambda a: a.topk(1, dim=0, largest=False)[0],
    "median": lambda a: a.median(),
    "median_dim1": lambda a: a.median(1).values,
    "median_dim0_keep": lambda a: a.median(dim=0, keepdim=True)[0],
    # Index-driven reads and writes.
    "gather1": lambda a, i: a.gather(1, i),
    "gather0": lambda a, i: torch.gather(a, 0, i),
    "scatter_src": lambda a, i, b: a.scatter(0, i, b),
    "scatter_value": lambda a, i: a.scatter(1, i, 2.5),
    "scatter_add": lambda a, i, b: a.scatter_add(0, i, b),
    "index_select1": lambda a, i: a.index_select(1, i),
    "index_select0": lambda a, i: torch.index_select(a, 0, i),
    "masked_fill_tensor": lambda a, b: a.masked_fill(a > 0, b),
    "masked_fill_scalar": lambda a: a.masked_fill(a < 0, 0.5),
    # Matrix structure and einsum.
    "tril": lambda a: a.tril(),
    "tril_neg": lambda a: a.tril(-1),
    "triu1": lambda a: a.triu(1),
    "triu_batch": lambda a: torch.triu(a, diagonal=-1),
    "diag": lambda a: a.diag(),
    "diag_offset": lambda a: a.diag(1),
    "diag_neg": lambda a: a.diag(-1),
    "diag_embed": lambda a: a.diag(),
    "diag_embed_offset": lambda a: torch.diag(a, -2),
    "diagonal": lambda a: a.diagonal(),
    "diagonal_offset_dims": lambda a: a.diagonal(1, 1, 2),
    "outer": lambda a, b: torch.outer(a, b),
    "ger": lambda a, b: a.ger(b),
    "einsum_mm": lambda a, b: torch.einsum("ij,jk->ik", a, b),
    "einsum_mm_transposed_out": lambda a, b: torch.einsum("ij,jk->ki", a, b),
    "einsum_bmm": lambda a, b: torch.einsum("bij,bjk->bik", a, b),
    "einsum_transpose": lambda a: torch.einsum("ij->ji", a),
    "einsum_trace": lambda a: torch.einsum("ii", a),
    "einsum_diagonal": lambda a: torch.einsum("ii->i", a),
    "einsum_outer": lambda a, b: torch.einsum("i,j->ij", a, b),
    "einsum_sum_rows": lambda a: torch.einsum("ij->j", a),
    "einsum_sum_all": lambda a: torch.einsum("ij->", a),
    "einsum_dot": lambda a, b: torch.einsum("i,i->", a, b),
    "einsum_mv": lambda a, b: torch.einsum("ij,j->i", a, b),
    "einsum_hadamard": lambda a, b: torch.einsum("ij,ij->ij", a, b),
    "einsum_row_dots": lambda a, b: torch.einsum("ij,ij->i", a, b),
    "einsum_implicit": lambda a, b: torch.einsum("ij,kj", a, b),
    "einsum_side_sum": lambda a, b: torch.einsum("ij,k->ik", a, b),
    "einsum_broadcast": lambda a, b: torch.einsum("ij,jk->ik", a, b),
    # Advanced indexing: several index tensors, masks, lists; reading and writing.
    "index_two": lambda a, i, j: a[i, j],
    "index_broadcast": lambda a, i, j: a[i, j],
    "index_adjacent": lambda a, i, j: a[:, i, j],
    "index_separated": lambda a, i, j: a[i, :, j],
    "index_after_int": lambda a, i, j: a[0, i, j],
    "index_none_between": lambda a, i, j: a[i, None, j],
    "index_mask": lambda a: a[a > 0],
    "index_mask_rows": lambda a, m: a[m],
    "index_mask_and_list": lambda a, m: a[m, [0, 1]],
    "index_duplicates": lambda a, i: a[i],
    "index_negative": lambda a, i, j: a[i, j],
    "put_two": lambda a, v: assigned(a, ([0, 2], [1, 0]), v),
    "put_scalar_two": lambda a: assigned(a, ([0, 2], [1, 0]), 2.5),
    "put_fill_rows": lambda a: assigned(a, [0, 2], 2.5),
    "put_fill_columns": lambda a: assigned(a, (slice(None), [1]), -1.0),
    "put_mask_scalar": lambda a: assigned(a, a > 0, 0.0),
    "put_mask_tensor": lambda a, v: assigned(a, a > 0, v),
    "put_rows_tensor": lambda a, v: assigned(a, [2, 0], v),
    "put_duplicates": lambda a, v: assigned(a, ([0, 0], [1, 1]), v),
    "put_broadcast_value": lambda a, v: assigned(a, ([0, 1],), v),
    "put_through_view": lambda a, v: assigned_view(a, ([0, 1], [1, 0]), v),
    "index_put_accumulate": lambda a, v: a.index_put((torch.tensor([0, 0]), torch.tensor([1, 1])), v, accumulate=True),
    "index_fill": lambda a: a.index_fill(1, torch.tensor([0, 2]), 1.5),
    # Derivative audit: existing and new ops at kinks and ties.
    "clamp_both": lambda a: a.clamp(0, 1),
    "clamp_min": lambda a: a.clamp(min=0),
    "clamp_max": lambda a: a.clamp(max=1),
    "clamp_equal_bounds": lambda a: a.clamp(0.5, 0.5),
    "clamp_crossed_bounds": lambda a: a.clamp(1, 0),
    "clamp_tensors": lambda a, lo, hi: a.clamp(lo, hi),
    "clamp_tensor_min": lambda a, lo: a.clamp(min=lo),
    "clamp_tensor_max": lambda a, hi: a.clamp(max=hi),
    "clamp_tensors_crossed": lambda a, lo, hi: a.clamp(hi, lo),
    "clamp_tensor_broadcast": lambda a, lo, hi: a.clamp(lo, hi),
    "relu": lambda a: a.relu(),
    "abs": lambda a: a.abs(),
    "sign": lambda a: a.sign(),
    "sqrt": lambda a: a.sqrt(),
    "pow_half": lambda a: a ** 0.5,
    "log": lambda a: a.log(),
    "maximum": lambda a, b: torch.maximum(a, b),
    "minimum": lambda a, b: torch.minimum(a, b),
    "max": lambda a: a.max(),
    "min": lambda a: a.min(),
    "max_dim1": lambda a: a.max(1)[0],
    "min_dim0": lambda a: a.min(0)[0],
    "max_keepdim": lambda a: a.max(dim=1, keepdim=True)[0],
    "where": lambda a, b: torch.where(a > 0, a, b),
    "where_same": lambda a: torch.where(a > 0, a, a * 2),
    "argmax_then_gather": lambda a: a.gather(1, a.argmax(1, keepdim=True)),
}

CASES = [
    ("chunk2_0", [spec([5, 2])]),
    ("chunk2_1", [spec([5, 2])]),
    ("chunk3_dim1", [spec([2, 5])]),
    ("split2_last", [spec([5, 2])]),
    ("split_sizes", [spec([5, 2])]),
    ("split_dim1", [spec([3, 2])]),
    ("unbind0", [spec([3, 2])]),
    ("unbind1", [spec([3, 2])]),
    ("chunk_sum", [spec([4])]),
    ("t_", [spec([2, 3])]),
    ("prod", [spec([2, 3])]),
    ("prod_dim1", [spec([3, 4])]),
    ("prod_dim0_keep", [spec([3, 2])]),
    ("prod_double", [spec([4])]),
    ("prod_0d", [spec([])]),
    ("prod", [spec([2, 3], data=[1.5, 0., -2., 3., 0.5, 4.])], KINK),
    ("prod", [spec([2, 3], data=[1.5, 0., -2., 3., 0., 4.])], KINK),
    ("prod_dim1", [spec([3, 3], data=[1.5, 0., -2., 3., 0., 4., 0.5, 2., 0.])], KINK),
    ("prod", [spec([3], dtype=F64, data=[2., 0., 3.])], KINK),
    ("prod_dim1", [spec([2, 3], dtype=F64, data=[0., 2., 3., 1., 0., 0.])], KINK),
    ("cumsum0", [spec([3, 2])]),
    ("cumsum1", [spec([2, 4])]),
    ("cumsum_neg", [spec([2, 3])]),
    ("cumsum_double", [spec([2, 3])]),
    ("cumsum0", [spec([])]),
    ("flip0", [spec([3, 2])]),
    ("flip01", [spec([2, 3])]),
    ("var", [spec([2, 3])]),
    ("var_dim0", [spec([3, 2])]),
    ("var_dim1_keep", [spec([2, 4])]),
    ("var_unbiased_false", [spec([5])]),
    ("var_correction2", [spec([2, 4])]),
    ("var_dims", [spec([2, 2, 2])]),
    ("std", [spec([2, 3])]),
    ("std_dim0", [spec([3, 2])]),
    ("std_dim1_keep", [spec([2, 4])]),
    ("std_correction0", [spec([4])]),
    ("std_dims", [spec([2, 2, 3])]),
    ("var_dof0", [spec([])]),
    ("std_dof0", [spec([])]),
    ("var_dof0", [spec([1])]),
    ("var_dim_dof0", [spec([2, 3])]),
    ("std_dim_dof_negative", [spec([2, 3])]),
    ("var_dof_negative", [spec([2, 3])]),
    ("std_constant", [spec([2, 3], data=[1., 1., 1., 2., 3., 4.])]),
    ("norm", [spec([2, 3])]),
    ("norm_p1", [spec([2, 3])]),
    ("norm_inf", [spec([2, 3])]),
    ("norm_neg_inf", [spec([2, 3])]),
    ("norm_p0", [spec([2, 3])]),
    ("norm_p3", [spec([2, 3])]),
    ("norm_p1_5", [spec([2, 3])]),
    ("norm_p_half", [spec([4])]),
    ("norm_dim1", [spec([2, 3])]),
    ("norm_dim0_keep", [spec([3, 2])]),
    ("norm_fro_dims", [spec([2, 3])]),
    ("norm_inf_dim1", [spec([3, 3])]),
    ("norm_zero", [spec([3], data=[0., 0., 0.])]),
    ("norm_p1_zero", [spec([3], data=[0., 1., -2.])]),
    ("norm_p3_zero", [spec([2, 2], data=[0., 0., 1., -2.])]),
    ("norm_p_half", [spec([3], data=[0., 1., 4.])], KINK),
    ("norm_inf_ties", [spec([4], data=[1., -3., 3., 2.])]),
    ("norm_inf_dim1", [spec([2, 3], data=[1., -3., 3., 2., 2., -2.])], KINK),
    ("logsumexp0", [spec([3, 2])]),
    ("logsumexp1_keep", [spec([2, 3])]),
    ("logsumexp_all", [spec([2, 3])]),
    ("amax", [spec([2, 3])]),
    ("amax_dim1", [spec([2, 3])]),
    ("amin_dims_keep", [spec([2, 3])]),
    ("amax_ties", [spec([2, 3], data=[1., 5., 2., 5., 0., 5.])]),
    ("amin_ties_dim", [spec([3, 2], data=[1., 2., 1., 0., 3., 0.])]),
    ("floor", [spec([6], low=-3, high=3)]),
    ("ceil", [spec([6], low=-3, high=3)]),
    ("round", [spec([6], data=[-2.5, -1.5, -0.5, 0.5, 1.5, 2.7])]),
    ("round_decimals2", [spec([4], data=[1.005, 2.675, -0.125, 3.14159])]),
    ("round_decimals2", [spec([4], dtype=F64, data=[1.005, 2.675, -0.125, 3.14159])]),
    ("round_decimals_neg", [spec([4], data=[15., 25., -35., 123.])]),
    ("trunc", [spec([6], low=-3, high=3)]),
    ("frac", [spec([6], low=-3, high=3)]),
    ("nan_to_num", [spec([5], data=[1., float("nan"), float("inf"), -float("inf"), -2.])]),
    ("nan_to_num_values", [spec([5], data=[1., float("nan"), float("inf"), -float("inf"), -2.])]),
    ("nan_to_num", [spec([3], dtype=F64, data=[float("nan"), float("inf"), 0.5])]),
    ("sort", [spec([2, 4])]),
    ("sort_dim0_desc", [spec([3, 2])]),
    ("sort_stable", [spec([2, 4])]),
    ("msort", [spec([3, 2])]),
    ("topk2", [spec([2, 5])]),
    ("topk_smallest_dim0", [spec([3, 2])]),
    ("median", [spec([2, 3])]),
    ("median_dim1", [spec([2, 5])]),
    ("median_dim0_keep", [spec([3, 2])]),
    ("sort", [spec([2, 4], data=[3., 1., 2., 1., 0., 5., 5., -1.])], KINK),
    ("sort", [spec([20], data=[float(v) for v in [2, 1, 2, 0, 1, 2, 0, 0, 1, 2, 1, 1, 0, 2, 2, 1, 0, 1, 2, 0]])], KINK),
    ("topk2", [spec([2, 5], data=[1., 3., 3., 0., 3., 2., 2., 2., 2., 2.])], KINK),
    ("median", [spec([2, 3], data=[1., 2., 2., 2., 3., 0.])], KINK),
    ("median_dim1", [spec([2, 5], data=[1., 0., 1., 0., 1., 3., 1., 1., 1., 3.])], KINK),
    ("gather1", [spec([2, 3]), index([2, 2], [0, 0, 1, 0])]),
    ("gather0", [spec([3, 2]), index([2, 2], [2, 0, 1, 1])]),
    ("scatter_src", [spec([3, 4]), index([1, 4], [0, 1, 2, 0]), spec([1, 4])]),
    ("scatter_src", [spec([3, 2]), index([2, 2], [0, 1, 0, 1]), spec([2, 2])], KINK),
    ("scatter_value", [spec([2, 4]), index([2, 1], [3, 0])]),
    ("scatter_add", [spec([3, 2]), index([2, 2], [0, 0, 2, 0]), spec([2, 2])]),
    ("index_select1", [spec([2, 3]), index([4], [0, 2, 0, 1])]),
    ("index_select0", [spec([3, 2]), index([], [2])]),
    ("masked_fill_tensor", [spec([2, 3]), spec([])]),
    ("masked_fill_scalar", [spec([2, 3])]),
    ("tril", [spec([3, 4])]),
    ("tril_neg", [spec([3, 3])]),
    ("triu1", [spec([4, 3])]),
    ("triu_batch", [spec([2, 3, 3])]),
    ("diag", [spec([3, 4])]),
    ("diag_offset", [spec([3, 4])]),
    ("diag_neg", [spec([3, 4])]),
    ("diag_embed", [spec([3])]),
    ("diag_embed_offset", [spec([2])]),
    ("diagonal", [spec([3, 3])]),
    ("diagonal_offset_dims", [spec([2, 3, 4])]),
    ("outer", [spec([3]), spec([2])]),
    ("ger", [spec([2]), spec([3])]),
    ("einsum_mm", [spec([2, 3]), spec([3, 4])]),
    ("einsum_mm_transposed_out", [spec([2, 3]), spec([3, 4])]),
    ("einsum_bmm", [spec([2, 2, 3]), spec([2, 3, 2])]),
    ("einsum_transpose", [spec([2, 3])]),
    ("einsum_trace", [spec([3, 3])]),
    ("einsum_diagonal", [spec([3, 3])]),
    ("einsum_outer", [spec([3]), spec([2])]),
    ("einsum_sum_rows", [spec([2, 3])]),
    ("einsum_sum_all", [spec([2, 3])]),
    ("einsum_dot", [spec([4]), spec([4])]),
    ("einsum_mv", [spec([2, 3]), spec([3])]),
    ("einsum_hadamard", [spec([2, 3]), spec([2, 3])]),
    ("einsum_row_dots", [spec([2, 3]), spec([2, 3])]),
    ("einsum_implicit", [spec([2, 3]), spec([4, 3])]),
    ("einsum_side_sum", [spec([2, 3]), spec([4])]),
    ("einsum_broadcast", [spec([2, 1]), spec([3, 4])]),
    ("index_two", [spec([3, 4]), index([2], [0, 2]), index([2], [1, 3])]),
    ("index_broadcast", [spec([3, 4]), index([2, 1], [0, 2]), index([3], [1, 3, 0])]),
    ("index_adjacent", [spec([2, 3, 4]), index([2], [0, 2]), index([2], [1, 3])]),
    ("index_separated", [spec([2, 3, 4]), index([2], [0, 1]), index([2], [1, 3])]),
    ("index_after_int", [spec([2, 3, 4]), index([2], [0, 2]), index([2], [1, 3])]),
    ("index_none_between", [spec([2, 3, 4]), index([2], [0, 1]), index([2], [2, 0])]),
    ("index_mask", [spec([2, 3])]),
    ("index_mask_rows", [spec([3, 2]), spec([3], dtype="bool", grad=False, data=[1, 0, 1])]),
    ("index_mask_and_list", [spec([3, 2]), spec([3], dtype="bool", grad=False, data=[1, 0, 1])]),
    ("index_duplicates", [spec([3, 2]), index([4], [0, 2, 0, 0])]),
    ("index_negative", [spec([3, 4]), index([2], [-1, 0]), index([2], [-4, -1])]),
    ("put_two", [spec([3, 2]), spec([2])]),
    ("put_scalar_two", [spec([3, 2])]),
    ("put_fill_rows", [spec([3, 2])]),
    ("put_fill_columns", [spec([3, 2])]),
    ("put_mask_scalar", [spec([2, 3])]),
    ("put_mask_tensor", [spec([2, 3], data=[1., -1., 2., -2., 3., -3.]), spec([3])]),
    ("put_rows_tensor", [spec([3, 2]), spec([2, 2])]),
    ("put_duplicates", [spec([2, 3]), spec([2])], KINK),
    ("put_broadcast_value", [spec([3, 2]), spec([1, 1, 2])]),
    ("put_through_view", [spec([3, 2]), spec([2])]),
    ("index_put_accumulate", [spec([2, 3]), spec([2])]),
    ("index_fill", [spec([2, 3])]),
    ("clamp_both", [spec([6], data=[-1., 0., 0.5, 1., 2., 0.])], KINK),
    ("clamp_min", [spec([6], data=[-1., 0., 0.5, 1., 2., 0.])], KINK),
    ("clamp_max", [spec([6], data=[-1., 0., 0.5, 1., 2., 0.])], KINK),
    ("clamp_equal_bounds", [spec([4], data=[0., 0.5, 1., 0.25])], KINK),
    ("clamp_crossed_bounds", [spec([4], data=[0., 0.5, 1., 2.])], KINK),
    ("clamp_tensors", [spec([6], data=[-1., 0., 0.5, 1., 2., 0.]), spec([6], data=[0.] * 6), spec([6], data=[1.] * 6)], KINK),
    ("clamp_tensors", [spec([4]), spec([4]), spec([4])]),
    ("clamp_tensor_min", [spec([6], data=[-1., 0., 0.5, 1., 2., 0.]), spec([6], data=[0.] * 6)], KINK),
    ("clamp_tensor_max", [spec([6], data=[-1., 0., 0.5, 1., 2., 0.]), spec([6], data=[1.] * 6)], KINK),
    ("clamp_tensors_crossed", [spec([6], data=[-1., 0., 0.5, 1., 2., 0.]), spec([6], data=[0.] * 6), spec([6], data=[1.] * 6)], KINK),
    ("clamp_tensor_broadcast", [spec([2, 3], data=[-1., 0., 0.5, 1., 2., 0.]), spec([1], data=[0.]), spec([3], data=[1., 1., 0.25])], KINK),
    ("clamp_tensor_min", [spec([3]), spec([3], grad=False)]),
    ("relu", [spec([4], data=[-1., 0., 2., -0.])], KINK),
    ("abs", [spec([4], data=[-1., 0., 2., -0.])], KINK),
    ("sign", [spec([4], data=[-1., 0., 2., -0.])], KINK),
    ("sqrt", [spec([3], data=[0., 1., 4.])], KINK),
    ("pow_half", [spec([3], data=[0., 1., 4.])], KINK),
    ("log", [spec([3], data=[0., 1., 4.])], KINK),
    ("maximum", [spec([4], data=[1., 2., 3., 0.]), spec([4], data=[1., 3., 2., 0.])], KINK),
    ("minimum", [spec([4], data=[1., 2., 3., 0.]), spec([4], data=[1., 3., 2., 0.])], KINK),
    ("maximum", [spec([2, 2], data=[1., 2., 3., 0.]), spec([2], data=[1., 0.])], KINK),
    ("max", [spec([2, 3], data=[1., 3., 3., 2., 2., 1.])], KINK),
    ("min", [spec([2, 3], data=[1., 3., 3., 2., 1., 1.])], KINK),
    ("max_dim1", [spec([2, 3], data=[1., 3., 3., 2., 2., 1.])], KINK),
    ("min_dim0", [spec([2, 3], data=[1., 2., 1., 1., 2., 1.])], KINK),
    ("max_keepdim", [spec([2, 3], data=[1., 3., 3., 2., 2., 1.])], KINK),
    ("where", [spec([4], data=[1., -1., 0., 2.]), spec([4])], KINK),
    ("where_same", [spec([4], data=[1., -1., 0., 2.])], KINK),
    ("argmax_then_gather", [spec([2, 3], data=[1., 3., 3., 2., 2., 1.])], KINK),
]

# Cases on ties or kinks: PyTorch's subgradient choice is the expected value; no finite differences.
# A case given as (name, inputs, KINK) is such a point for that case only.
KINKS = {"var_dof0", "std_dof0", "var_dim_dof0", "std_dim_dof_negative", "var_dof_negative", "std_constant",
         "norm_p0", "norm_zero", "norm_p1_zero", "norm_p3_zero", "norm_inf_ties", "amax_ties", "amin_ties_dim",
         "floor", "ceil", "round", "round_decimals2", "round_decimals_neg", "trunc", "nan_to_num",
         "nan_to_num_values"}



def flat(t):
    return [float(v) if t.dtype.is_floating_point else (bool(v) if t.dtype == torch.bool else int(v))
            for v in t.detach().reshape(-1).tolist()]


def make(s):
    dtype = getattr(torch, s["dtype"]) if s["dtype"] != "bool" else torch.bool
    t = torch.tensor(s["data"], dtype=dtype).reshape(s["shape"])
    return t.requires_grad_(s["requires_grad"])


out = []
for name, specs, *flags in CASES:
    inputs = [make(s) for s in specs]
    result = OPS[name](*inputs)
    seed = torch.tensor(values(list(result.shape)), dtype=result.dtype).reshape(result.shape)
    result.backward(seed)
    out.append({
        "op": name,
        "inputs": specs,
        "output": {"shape": list(result.shape), "dtype": str(result.dtype).replace("torch.", ""),
                   "values": flat(result), "repr": repr(result)},
        "grad_fn": type(result.grad_fn).__name__ if result.grad_fn is not None else None,
        "next_functions": [None if f is None else type(f).__name__ for f, _ in result.grad_fn.next_functions],
        "seed": flat(seed),
        "grads": [flat(t.grad) if t.grad is not None else None for t in inputs],
        "smooth": name not in KINKS and KINK not in flags,
    })



def portable(value):
    """JSON has no NaN or infinities: they are written as the strings Swift's decoder is told to accept."""
    if isinstance(value, float) and not np.isfinite(value):
        return "NaN" if np.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, list):
        return [portable(v) for v in value]
    if isinstance(value, dict):
        return {k: portable(v) for k, v in value.items()}
    return value


print(json.dumps(portable({"torch_version": torch.__version__, "cases": out}), indent=1))
