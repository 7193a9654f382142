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
