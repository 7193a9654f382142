import Autograd

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
  ]
}
