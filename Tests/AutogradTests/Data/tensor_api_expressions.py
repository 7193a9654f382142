"""Generates tensor_api_expressions.json: the text (repr, or `ExcType: message`) and the warnings of
expressions over the tensor API of issue 12, from real PyTorch: error texts, dtypes, printing, and results
that are not differentiable (indices, masks).

Documentation only: the Swift tests read the JSON. Run:
/work/torchenv/bin/python Tests/AutogradTests/Data/tensor_api_expressions.py > Tests/AutogradTests/Data/tensor_api_expressions.json
The Swift side (TensorAPIExpressionTests.swift) has one closure per name below. Warnings are recorded as
`Category: message` without PyTorch's build-specific ` (Triggered internally at ...)` tail.
"""
import json
import re
import warnings
import torch

M = torch.arange(10.).reshape(5, 2)
S = torch.tensor(1.)
X = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
I = torch.tensor([[1, 2, 3], [4, 5, 6]])
B = torch.tensor([True, False])
NAN = torch.tensor([[1., 0., float("nan")], [float("inf"), -float("inf"), 2.]])
E = torch.zeros(0, 3)
T = torch.tensor([[3., 1., 2., 1.], [0., 5., 5., -1.]])
Z = torch.zeros(3, 5)
IDX = torch.tensor([[0, 1, 2, 0]])


def inplace(view, other=1.0):
    """Runs `view.add_(other)` and returns the view's base afterwards."""
    view.add_(other)
    return view


def split_nonleaf(index):
    y = torch.arange(10.).reshape(5, 2).requires_grad_() * 1
    return inplace(y.split([2, 3])[index])


EXPRESSIONS = {
    # Multi-output views.
    "chunk2": "M.chunk(2)",
    "chunk6": "M.chunk(6)",
    "chunk_dim1": "M.chunk(3, dim=1)",
    "chunk_zero": "M.chunk(0)",
    "chunk_negative": "M.chunk(-1)",
    "chunk_0d": "S.chunk(1)",
    "chunk_bad_dim": "M.chunk(2, dim=2)",
    "chunk_empty": "torch.zeros(0, 2).chunk(2)",
    "split2": "M.split(2)",
    "split5": "M.split(5)",
    "split_big": "M.split(7)",
    "split_zero": "M.split(0)",
    "split_zero_empty": "torch.zeros(0, 2).split(0)",
    "split_negative": "M.split(-1)",
    "split_sizes": "M.split([1, 4])",
    "split_sizes_zero": "M.split([5, 0])",
    "split_sizes_sum": "M.split([1, 2])",
    "split_sizes_negative": "M.split([6, -1])",
    "split_0d": "S.split(1)",
    "split_sizes_0d": "S.split([1])",
    "split_dim1": "torch.split(M, 1, dim=1)",
    "unbind": "M.unbind()",
    "unbind1": "M.unbind(1)",
    "unbind_bad_dim": "M.unbind(2)",
    "unbind_0d": "S.unbind()",
    "split_grad": "(M.requires_grad_(False) * 1).split(2)",
    "split_requires_grad": "M.detach().requires_grad_().split([2, 3])",
    "split_inplace_grad": "split_nonleaf(1)",
    "split_inplace_nograd": "inplace(torch.arange(4.).split(2)[0])",
    "split_inplace_detached": "inplace(M.detach().split(2)[1], torch.ones(2, 2, requires_grad=True))",
    "unbind_inplace_grad": "inplace((torch.ones(2, 2, requires_grad=True) * 1).unbind()[1])",
    "t_": "torch.arange(6.).reshape(2, 3).t_()",
    "t_1d": "torch.arange(3.).t_()",
    "t_3d": "torch.ones(2, 3, 4).t_()",
    "t_leaf": "torch.ones(2, 3, requires_grad=True).t_()",
    "t_nonleaf": "(torch.ones(2, 3, requires_grad=True) * 2).t_()",
    # Products and running sums.
    "prod_int": "I.prod()",
    "prod_int_dim": "I.prod(1)",
    "prod_bool": "B.prod()",
    "prod_big_int": "torch.tensor([2**40, 2**40]).prod()",
    "prod_int_to_float": "I.prod(dtype=torch.float64)",
    "prod_bad_dim": "X.prod(2)",
    "prod_empty": "E.prod()",
    "prod_empty_dim": "E.prod(0)",
    "cumsum_int": "I.cumsum(1)",
    "cumsum_bool": "B.cumsum(0)",
    "cumsum_0d": "S.cumsum(0)",
    "cumsum_bad_dim": "X.cumsum(2)",
    "cumsum_float32_carry": "torch.tensor([16777216., 1., 1., 1.]).cumsum(0)",
    "flip_int": "I.flip(1)",
    "flip_duplicate": "X.flip((0, 0))",
    "flip_bad_dim": "X.flip(2)",
    "flip_0d": "S.flip(0)",
    # Statistics.
    "var_int": "I.var()",
    "std_int": "I.std()",
    "var_dof0": "torch.tensor([1.]).var()",
    "std_dof0_dim": "X.std(dim=1, correction=3)",
    "var_empty": "torch.zeros(0).var()",
    "var_keepdim": "X.var(0, keepdim=True)",
    "std_double": "X.double().std(1)",
    "norm_int": "I.norm()",
    "norm_empty_inf": "torch.zeros(0).norm(float('inf'))",
    "norm_empty_negative": "torch.zeros(0).norm(-1.5)",
    "norm_empty_dim": "torch.zeros(2, 0).norm(float('-inf'), dim=1)",
    "norm_empty_p0": "torch.zeros(0).norm(0)",
    "norm_nan": "NAN.norm()",
    "norm_inf_nan": "NAN.norm(float('inf'), dim=1)",
    "logsumexp_int": "I.logsumexp(1)",
    "logsumexp_inf": "torch.tensor([float('inf'), 1.]).logsumexp(0)",
    "logsumexp_neg_inf": "torch.tensor([float('-inf'), float('-inf')]).logsumexp(0)",
    "logsumexp_empty": "torch.zeros(0).logsumexp(0)",
    "amax_int": "I.amax(1)",
    "amax_empty": "torch.zeros(0).amax()",
    "amax_empty_dim": "torch.zeros(2, 0).amax(1)",
    "amin_empty_other_dim": "torch.zeros(2, 0).amin(0)",
    "amax_nan": "NAN.amax(1)",
    # Rounding and value tests.
    "floor_int": "I.floor()",
    "round_int": "I.round()",
    "round_int_decimals": "I.round(decimals=1)",
    "frac_int": "I.frac()",
    "floor_bool": "B.floor()",
    "ceil_bool": "B.ceil()",
    "round_bool": "B.round()",
    "trunc_bool": "B.trunc()",
    "frac_bool": "B.frac()",
    "round_ties": "torch.tensor([0.5, 1.5, 2.5, -0.5, -2.5])",
    "round_half": "torch.tensor([0.5, 1.5, 2.5, -0.5, -2.5]).round()",
    "round_decimals_float32": "torch.tensor([1.005, 2.675]).round(decimals=2)",
    "ceil_negative_zero": "torch.tensor([-0.3]).ceil()",
    "frac_inf": "torch.tensor([float('inf'), -2.5]).frac()",
    "floor_nan": "torch.tensor(float('nan')).floor()",
    "isnan": "NAN.isnan()",
    "isinf": "NAN.isinf()",
    "isfinite": "NAN.isfinite()",
    "isposinf": "NAN.isposinf()",
    "isneginf": "NAN.isneginf()",
    "isnan_int": "I.isnan()",
    "isfinite_int": "I.isfinite()",
    "isinf_bool": "B.isinf()",
    "nan_to_num": "NAN.nan_to_num()",
    "nan_to_num_double": "NAN.double().nan_to_num()",
    "nan_to_num_args": "NAN.nan_to_num(nan=5, neginf=2)",
    "nan_to_num_int": "I.nan_to_num()",
    "all": "NAN.all()",
    "any": "NAN.any()",
    "all_dim": "NAN.all(dim=1)",
    "any_keepdim": "NAN.any(1, keepdim=True)",
    "all_dims": "NAN.all(dim=(0, 1))",
    "all_int": "I.all()",
    "any_int_dim": "I.any(0)",
    "all_bool": "B.all()",
    "all_empty": "E.all()",
    "any_empty": "E.any()",
    "all_empty_dim": "E.all(0)",
    "any_empty_dim": "E.any(1)",
    "all_bad_dim": "NAN.all(2)",
    "all_0d": "S.all(0)",
    "logical_or": "torch.logical_or(B, torch.tensor([False, False]))",
    "logical_xor": "torch.logical_xor(torch.tensor([1, 0]), torch.tensor([2., 0.]))",
    # Ordering.
    "sort": "T.sort()",
    "sort_dim0": "T.sort(0)",
    "sort_descending": "T.sort(descending=True)",
    "sort_stable_grad": "T.detach().requires_grad_().sort(dim=1, descending=True, stable=True)",
    "sort_int": "torch.tensor([3, 1, 2, 1, 3]).sort(descending=True)",
    "sort_bool": "torch.tensor([True, False, True]).sort()",
    "sort_0d": "S.sort()",
    "sort_nan": "torch.tensor([float('nan'), 1., 0.]).sort()",
    "sort_nan_descending": "torch.tensor([float('nan'), 1., 0.]).sort(descending=True)",
    "sort_bad_dim": "T.sort(3)",
    "argsort": "T.argsort()",
    "argsort_descending": "T.argsort(1, True)",
    "argsort_0d": "S.argsort()",
    "msort": "T.msort()",
    "topk": "T.topk(2)",
    "topk_smallest": "T.topk(2, largest=False)",
    "topk_dim0": "T.topk(2, dim=0)",
    "topk_too_big": "T.topk(5)",
    "topk_negative": "T.topk(-1)",
    "topk_zero": "T.topk(0)",
    "topk_int": "torch.tensor([3, 1, 2, 1, 3]).topk(3)",
    "topk_bool": "torch.tensor([True, False]).topk(1)",
    "topk_0d": "S.topk(1)",
    "topk_0d_too_big": "S.topk(2)",
    "topk_nan": "torch.tensor([float('nan'), 1., 0.]).topk(2)",
    "topk_nan_smallest": "torch.tensor([float('nan'), 1., 0.]).topk(2, largest=False)",
    "median": "T.median()",
    "median_nan": "torch.tensor([1., float('nan'), 0.]).median()",
    "median_empty": "torch.zeros(0).median()",
    "median_dim": "T.median(1)",
    "median_dim_keep": "T.median(0, keepdim=True)",
    "median_dim_empty": "torch.zeros(2, 0).median(1)",
    "median_int": "torch.tensor([3, 1, 2, 1]).median()",
    # Index-driven reads and writes.
    "gather": "X.gather(1, torch.tensor([[0, 0], [1, 0]]))",
    "gather_out_of_range": "X.gather(1, torch.tensor([[3]]))",
    "gather_negative": "X.gather(1, torch.tensor([[-1]]))",
    "gather_float_index": "X.gather(1, torch.tensor([[0.]]))",
    "gather_rank": "X.gather(1, torch.tensor([0]))",
    "gather_size": "X.gather(1, torch.tensor([[0], [1], [0]]))",
    "gather_bad_dim": "X.gather(2, torch.tensor([[0]]))",
    "gather_wider": "X.gather(1, torch.tensor([[0, 1, 2, 0]]))",
    "gather_0d": "torch.tensor(3.).gather(0, torch.tensor(0))",
    "gather_0d_index": "torch.arange(4.).gather(0, torch.tensor(1))",
    "gather_int": "I.gather(0, torch.tensor([[1, 0, 1]]))",
    "scatter_value": "Z.scatter(0, IDX, 1.5)",
    "scatter_src": "Z.scatter(0, IDX, torch.arange(1., 11.).reshape(2, 5))",
    "scatter_int_value": "Z.scatter(0, IDX, 1)",
    "scatter_long_float_value": "Z.long().scatter(0, torch.tensor([[0]]), 2.5)",
    "scatter_add_reduce_value": "Z.scatter(0, IDX, 2., reduce='add')",
    "scatter_multiply_reduce_value": "torch.ones(3, 5).scatter(0, IDX, 2., reduce='multiply')",
    "scatter_add_reduce_src": "Z.scatter(0, IDX, torch.ones(1, 4), reduce='add')",
    "scatter_multiply_reduce_src": "torch.full((3, 5), 2.).scatter(0, IDX, torch.full((1, 4), 3.), reduce='multiply')",
    "scatter_grad_reduce": "torch.zeros(3, 5, requires_grad=True).scatter(0, IDX, 2., reduce='add')",
    "scatter_out_of_range": "Z.scatter(0, torch.tensor([[0, 1, 5, 0]]), 1.)",
    "scatter_negative": "Z.scatter(0, torch.tensor([[-1]]), 1.)",
    "scatter_float_index": "Z.scatter(0, torch.tensor([[0.]]), 1.)",
    "scatter_rank": "Z.scatter(0, torch.tensor([0]), 1.)",
    "scatter_src_rank": "Z.scatter(0, torch.tensor([[0]]), torch.ones(2))",
    "scatter_too_wide": "Z.scatter(0, torch.tensor([[0, 1, 2, 0, 1, 2]]), 1.)",
    "scatter_src_small": "Z.scatter(0, IDX, torch.ones(1, 2))",
    "scatter_src_dtype": "Z.scatter(0, IDX, torch.ones(1, 4, dtype=torch.float64))",
    "scatter_bad_dim": "Z.scatter(2, torch.tensor([[0]]), 1.)",
    "scatter_duplicates": "Z.scatter(0, torch.tensor([[0, 1], [0, 1]]), torch.arange(1., 5.).reshape(2, 2))",
    "scatter_add": "Z.scatter_add(0, torch.tensor([[0, 0]]), torch.ones(1, 2))",
    "scatter_add_dtype": "Z.scatter_add(0, torch.tensor([[0, 0]]), torch.ones(1, 2, dtype=torch.float64))",
    "scatter_grad": "torch.zeros(3, 4, requires_grad=True).scatter(0, IDX, torch.ones(1, 4, requires_grad=True))",
    "index_select": "X.index_select(1, torch.tensor([0, 2, 0]))",
    "index_select_0d_index": "X.index_select(0, torch.tensor(1))",
    "index_select_out_of_range": "X.index_select(0, torch.tensor([2]))",
    "index_select_negative": "X.index_select(0, torch.tensor([-1]))",
    "index_select_dim1_out_of_range": "X.index_select(1, torch.tensor([5]))",
    "index_select_dim1_negative": "X.index_select(1, torch.tensor([-4]))",
    "index_select_matrix": "X.index_select(0, torch.tensor([[0]]))",
    "index_select_float": "X.index_select(0, torch.tensor([0.]))",
    "index_select_0d": "torch.tensor(5.).index_select(0, torch.tensor([0]))",
    "index_select_empty": "X.index_select(0, torch.tensor([], dtype=torch.long))",
    "index_select_bad_dim": "X.index_select(2, torch.tensor([0]))",
    "masked_fill": "X.masked_fill(X > 3, 0.)",
    "masked_fill_tensor": "X.masked_fill(X > 3, torch.tensor(2.))",
    "masked_fill_tensor_1d": "X.masked_fill(X > 3, torch.tensor([2.]))",
    "masked_fill_long_mask": "X.masked_fill((X > 3).long(), 0.)",
    "masked_fill_broadcast": "X.masked_fill(torch.tensor([True, False, False]), 9)",
    "masked_fill_bad_mask": "X.masked_fill(torch.tensor([True, False]), 0)",
    "masked_fill_int": "I.masked_fill(I > 3, 2.5)",
    "masked_fill_grad": "X.detach().requires_grad_().masked_fill(X > 3, torch.tensor(2., requires_grad=True))",
    # Matrix structure and einsum.
    "tril": "torch.arange(1., 13.).reshape(3, 4).tril()",
    "triu_int": "I.triu()",
    "tril_1d": "torch.ones(2).tril()",
    "triu_0d": "S.triu()",
    "tril_batch": "torch.ones(2, 3, 3).tril()",
    "diag_big_offset": "X.diag(5)",
    "diag_int": "I.diag()",
    "diag_embed": "torch.tensor([1., 2., 3.]).diag(1)",
    "diag_0d": "S.diag()",
    "diag_3d": "torch.ones(2, 2, 2).diag()",
    "diagonal_same_dims": "X.diagonal(0, 0, 0)",
    "diagonal_3d": "torch.ones(2, 2, 2).diagonal()",
    "outer_2d_self": "torch.outer(X, torch.ones(2))",
    "outer_2d_other": "torch.outer(torch.ones(2), X)",
    "outer_int": "torch.outer(torch.tensor([1, 2]), torch.tensor([3, 4]))",
    "outer_mixed": "torch.outer(torch.tensor([1., 2.]), torch.tensor([3, 4]))",
    "einsum_too_many_operands": "torch.einsum('ij', X, X)",
    "einsum_too_few_operands": "torch.einsum('i,j', torch.ones(2))",
    "einsum_bad_subscript": "torch.einsum('ij;jk->ik', X, X)",
    "einsum_digit": "torch.einsum('i1->i', X)",
    "einsum_second_arrow": "torch.einsum('ij->i->j', X)",
    "einsum_rank": "torch.einsum('ijk->', X)",
    "einsum_empty": "torch.einsum('', X)",
    "einsum_scalar": "torch.einsum('->', torch.tensor(2.))",
    "einsum_size_mismatch": "torch.einsum('ij,jk->ik', X, X)",
    "einsum_repeat_mismatch": "torch.einsum('ii->i', X)",
    "einsum_missing_output": "torch.einsum('ij->ik', X)",
    "einsum_repeated_output": "torch.einsum('ij->jj', X)",
    "einsum_spaces": "torch.einsum('i j -> j i', X)",
    "einsum_uppercase": "torch.einsum('iJ->J', X)",
    "einsum_implicit_order": "torch.einsum('ba', X)",
    "einsum_implicit_case": "torch.einsum('aB', X)",
    "einsum_int": "torch.einsum('ij->', I)",
    "einsum_mixed_dtypes": "torch.einsum('ij,jk->ik', X, I.t())",
    "einsum_list": "torch.einsum('ij->j', [X])",
}

TAIL = re.compile(r" \(Triggered internally at .*\)$", re.S)

cases = []
for name, expr in EXPRESSIONS.items():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = eval(expr)
            text = repr(value)
        except Exception as e:
            text = f"{type(e).__name__}: {e}"
    lines = [f"{w.category.__name__}: {TAIL.sub('', str(w.message))}" for w in caught]
    cases.append({"name": name, "expression": expr, "expected": text, "warnings": lines})
print(json.dumps({"torch_version": torch.__version__, "cases": cases}, indent=1))
