import Autograd

/// Python's `sum((a, b))`: `0 + a + b`, so the graph starts with an AddBackward0 of the int zero.
private func sum(_ pair: (Tensor, Tensor)) throws -> Tensor {
  try Tensor.add(.int(0), .tensor(pair.0)).add(.tensor(pair.1))
}

/// The Swift side of `Data/tensor_api_more_cases.py`'s `OPS`: the same operation under the same name.
enum TensorAPIMoreOpTable {
  static let ops: [String: OpTable.Op] = [
    "log1p": { try $0[0].log1p() },
    "expm1": { try $0[0].expm1() },
    "log2": { try $0[0].log2() },
    "log10": { try $0[0].log10() },
    "exp2": { try $0[0].exp2() },
    "tan": { try $0[0].tan() },
    "asin": { try $0[0].asin() },
    "acos": { try $0[0].acos() },
    "atan": { try $0[0].atan() },
    "sinh": { try $0[0].sinh() },
    "cosh": { try $0[0].cosh() },
    "asinh": { try $0[0].asinh() },
    "acosh": { try $0[0].acosh() },
    "atanh": { try $0[0].atanh() },
    "erf": { try $0[0].erf() },
    "erfc": { try $0[0].erfc() },
    "cumprod0": { try $0[0].cumprod(dim: 0) },
    "cumprod1": { try $0[0].cumprod(dim: 1) },
    "cumprod_neg": { try $0[0].cumprod(dim: -1) },
    "cumprod_double": { try $0[0].cumprod(dim: 0, dtype: .float64) },
    "cummax1": { try $0[0].cummax(dim: 1).values },
    "cummin0": { try $0[0].cummin(dim: 0).values },
    "repeat": { try $0[0].repeated([2, 3]) },
    "repeat_new_dims": { try $0[0].repeated([2, 1, 2]) },
    "tile": { try $0[0].tile([2]) },
    "roll": { try $0[0].roll(shifts: [1], dims: [0]) },
    "roll_flat": { try $0[0].roll(shifts: [2], dims: []) },
    "roll_dims": { try $0[0].roll(shifts: [1, -1], dims: [0, 1]) },
    "masked_select": { try $0[0].maskedSelect($0[0].gt(.int(0))) },
    "masked_select_broadcast": { try $0[0].maskedSelect($0[1].bool()) },
    "trace": { try $0[0].trace() },
    "index_add": { try $0[0].indexAdd(dim: 0, index: $0[1], source: $0[2]) },
    "var_mean_var": { try $0[0].varMean().variance },
    "var_mean_mean": { try $0[0].varMean(dims: [1]).mean },
    "var_mean_both": { try sum($0[0].varMean(dims: [0], correction: 0, keepdim: true)) },
    "std_mean_both": { try sum($0[0].stdMean(dims: [1])) },
    "std_mean_std": { try $0[0].stdMean(dims: [0, 1]).std },
    "diff": { try $0[0].diff() },
    "diff_dim0": { try $0[0].diff(dim: 0) },
    "diff_n2": { try $0[0].diff(n: 2) },
    "diff_prepend_append": { try $0[0].diff(prepend: $0[1], append: $0[2]) },
    "diff_n0": { try $0[0].diff(n: 0) },
    "kthvalue2": { try $0[0].kthvalue(2).values },
    "kthvalue_dim0_keep": { try $0[0].kthvalue(1, dim: 0, keepdim: true).values },
    "mode": { try $0[0].mode().values },
    "mode_dim0": { try $0[0].mode(dim: 0).values },
  ]
}
