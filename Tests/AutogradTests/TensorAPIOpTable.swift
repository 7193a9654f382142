import Autograd

/// `b = a * 1; b[indices] = value; return b`.
func assigned(_ a: Tensor, _ indices: [TensorIndex], _ value: Operand) throws -> Tensor {
  let b = try a.mul(.int(1))
  try b.setIndex(indices, value)
  return b
}

/// Writes through the slice `b[1:]` of `b = a * 1`.
func assignedView(_ a: Tensor, _ indices: [TensorIndex], _ value: Operand) throws -> Tensor {
  let b = try a.mul(.int(1))
  try b.index([.slice(start: 1, stop: nil, step: nil)]).setIndex(indices, value)
  return b
}

/// An int64 index tensor from literals.
func indexList(_ values: [Int64]) throws -> Tensor { try Tensor.tensor(.list(values.map { .int($0) })) }

/// The Swift side of `Data/tensor_api_cases.py`'s `OPS`: the same operation under the same name.
enum TensorAPIOpTable {
  static let ops: [String: OpTable.Op] = [
    // Multi-output views.
    "chunk2_0": { try $0[0].chunk(2)[0] },
    "chunk2_1": { try $0[0].chunk(2)[1] },
    "chunk3_dim1": { try $0[0].chunk(3, dim: 1)[1] },
    "split2_last": { try $0[0].split(size: 2)[2] },
    "split_sizes": { try $0[0].split(sizes: [1, 4])[1] },
    "split_dim1": { try $0[0].split(size: 1, dim: 1)[0] },
    "unbind0": { try $0[0].unbind()[1] },
    "unbind1": { try $0[0].unbind(dim: 1)[0] },
    "chunk_sum": { try $0[0].chunk(2)[0].sum() * $0[0].chunk(2)[1].sum() },
    "t_": { try $0[0].mul(.int(1)).t_() },
    // Products and running sums.
    "prod": { try $0[0].prod() },
    "prod_dim1": { try $0[0].prod(dim: 1) },
    "prod_dim0_keep": { try $0[0].prod(dim: 0, keepdim: true) },
    "prod_double": { try $0[0].prod(dtype: .float64) },
    "prod_0d": { try $0[0].prod() },
    "cumsum0": { try $0[0].cumsum(dim: 0) },
    "cumsum1": { try $0[0].cumsum(dim: 1) },
    "cumsum_neg": { try $0[0].cumsum(dim: -1) },
    "cumsum_double": { try $0[0].cumsum(dim: 1, dtype: .float64) },
    "flip0": { try $0[0].flip([0]) },
    "flip01": { try $0[0].flip([0, 1]) },
    // Statistics.
    "var": { try $0[0].variance() },
    "var_dim0": { try $0[0].variance(dims: [0]) },
    "var_dim1_keep": { try $0[0].variance(dims: [1], keepdim: true) },
    "var_unbiased_false": { try $0[0].variance(correction: 0) },
    "var_correction2": { try $0[0].variance(dims: [1], correction: 2) },
    "var_dims": { try $0[0].variance(dims: [0, 1]) },
    "std": { try $0[0].std() },
    "std_dim0": { try $0[0].std(dims: [0]) },
    "std_dim1_keep": { try $0[0].std(dims: [1], keepdim: true) },
    "std_correction0": { try $0[0].std(correction: 0) },
    "std_dims": { try $0[0].std(dims: [0, 2]) },
    "var_dof0": { try $0[0].variance() },
    "std_dof0": { try $0[0].std() },
    "var_dim_dof0": { try $0[0].variance(dims: [1], correction: 3) },
    "std_dim_dof_negative": { try $0[0].std(dims: [1], correction: 4) },
    "var_dof_negative": { try $0[0].variance(correction: 7) },
    "std_constant": { try $0[0].std(dims: [1]) },
    "norm": { try $0[0].norm() },
    "norm_p1": { try $0[0].norm(p: 1) },
    "norm_inf": { try $0[0].norm(p: .infinity) },
    "norm_neg_inf": { try $0[0].norm(p: -.infinity) },
    "norm_p0": { try $0[0].norm(p: 0) },
    "norm_p3": { try $0[0].norm(p: 3) },
    "norm_p1_5": { try $0[0].norm(p: 1.5) },
    "norm_p_half": { try $0[0].norm(p: 0.5) },
    "norm_dim1": { try $0[0].norm(dims: [1]) },
    "norm_dim0_keep": { try $0[0].norm(p: 2, dims: [0], keepdim: true) },
    "norm_fro_dims": { try $0[0].norm(p: 2, dims: [0, 1]) },
    "norm_inf_dim1": { try $0[0].norm(p: .infinity, dims: [1]) },
    "norm_zero": { try $0[0].norm() },
    "norm_p1_zero": { try $0[0].norm(p: 1) },
    "norm_p3_zero": { try $0[0].norm(p: 3, dims: [1]) },
    "norm_inf_ties": { try $0[0].norm(p: .infinity) },
    "logsumexp0": { try $0[0].logsumexp(dims: [0]) },
    "logsumexp1_keep": { try $0[0].logsumexp(dims: [1], keepdim: true) },
    "logsumexp_all": { try $0[0].logsumexp(dims: [0, 1]) },
    "amax": { try $0[0].amax() },
    "amax_dim1": { try $0[0].amax(dims: [1]) },
    "amin_dims_keep": { try $0[0].amin(dims: [0, 1], keepdim: true) },
    "amax_ties": { try $0[0].amax() },
    "amin_ties_dim": { try $0[0].amin(dims: [0]) },
    // Rounding.
    "floor": { try $0[0].floor() },
    "ceil": { try $0[0].ceil() },
    "round": { try $0[0].round() },
    "round_decimals2": { try $0[0].round(decimals: 2) },
    "round_decimals_neg": { try $0[0].round(decimals: -1) },
    "trunc": { try $0[0].trunc() },
    "frac": { try $0[0].frac() },
    "nan_to_num": { try $0[0].nanToNum() },
    "nan_to_num_values": { try $0[0].nanToNum(nan: 0.5, posinf: 2, neginf: -3) },
    // Ordering.
    "sort": { try $0[0].sort().values },
    "sort_dim0_desc": { try $0[0].sort(dim: 0, descending: true).values },
    "sort_stable": { try $0[0].sort(dim: 1, stable: true).values },
    "msort": { try $0[0].msort() },
    "topk2": { try $0[0].topk(2).values },
    "topk_smallest_dim0": { try $0[0].topk(1, dim: 0, largest: false).values },
    "median": { try $0[0].median() },
    "median_dim1": { try $0[0].median(dim: 1).values },
    "median_dim0_keep": { try $0[0].median(dim: 0, keepdim: true).values },
    // Index-driven reads and writes.
    "gather1": { try $0[0].gather(dim: 1, index: $0[1]) },
    "gather0": { try $0[0].gather(dim: 0, index: $0[1]) },
    "scatter_src": { try $0[0].scatter(dim: 0, index: $0[1], source: $0[2]) },
    "scatter_value": { try $0[0].scatter(dim: 1, index: $0[1], value: .float(2.5)) },
    "scatter_add": { try $0[0].scatterAdd(dim: 0, index: $0[1], source: $0[2]) },
    "index_select1": { try $0[0].indexSelect(dim: 1, index: $0[1]) },
    "index_select0": { try $0[0].indexSelect(dim: 0, index: $0[1]) },
    "masked_fill_tensor": { try $0[0].maskedFill($0[0].gt(.int(0)), $0[1]) },
    "masked_fill_scalar": { try $0[0].maskedFill($0[0].lt(.int(0)), .float(0.5)) },
    // Matrix structure and einsum.
    "tril": { try $0[0].tril() },
    "tril_neg": { try $0[0].tril(diagonal: -1) },
    "triu1": { try $0[0].triu(diagonal: 1) },
    "triu_batch": { try $0[0].triu(diagonal: -1) },
    "diag": { try $0[0].diag() },
    "diag_offset": { try $0[0].diag(1) },
    "diag_neg": { try $0[0].diag(-1) },
    "diag_embed": { try $0[0].diag() },
    "diag_embed_offset": { try $0[0].diag(-2) },
    "diagonal": { try $0[0].diagonal() },
    "diagonal_offset_dims": { try $0[0].diagonal(offset: 1, dim1: 1, dim2: 2) },
    "outer": { try $0[0].outer($0[1]) },
    "ger": { try $0[0].outer($0[1]) },
    "einsum_mm": { try Tensor.einsum("ij,jk->ik", $0) },
    "einsum_mm_transposed_out": { try Tensor.einsum("ij,jk->ki", $0) },
    "einsum_bmm": { try Tensor.einsum("bij,bjk->bik", $0) },
    "einsum_transpose": { try Tensor.einsum("ij->ji", $0) },
    "einsum_trace": { try Tensor.einsum("ii", $0) },
    "einsum_diagonal": { try Tensor.einsum("ii->i", $0) },
    "einsum_outer": { try Tensor.einsum("i,j->ij", $0) },
    "einsum_sum_rows": { try Tensor.einsum("ij->j", $0) },
    "einsum_sum_all": { try Tensor.einsum("ij->", $0) },
    "einsum_dot": { try Tensor.einsum("i,i->", $0) },
    "einsum_mv": { try Tensor.einsum("ij,j->i", $0) },
    "einsum_hadamard": { try Tensor.einsum("ij,ij->ij", $0) },
    "einsum_row_dots": { try Tensor.einsum("ij,ij->i", $0) },
    "einsum_implicit": { try Tensor.einsum("ij,kj", $0) },
    "einsum_side_sum": { try Tensor.einsum("ij,k->ik", $0) },
    "einsum_broadcast": { try Tensor.einsum("ij,jk->ik", $0) },
    // Advanced indexing.
    "index_two": { try $0[0].index([.tensor($0[1]), .tensor($0[2])]) },
    "index_broadcast": { try $0[0].index([.tensor($0[1]), .tensor($0[2])]) },
    "index_adjacent": { try $0[0].index([.all, .tensor($0[1]), .tensor($0[2])]) },
    "index_separated": { try $0[0].index([.tensor($0[1]), .all, .tensor($0[2])]) },
    "index_after_int": { try $0[0].index([.int(0), .tensor($0[1]), .tensor($0[2])]) },
    "index_none_between": { try $0[0].index([.tensor($0[1]), .none, .tensor($0[2])]) },
    "index_mask": { try $0[0].index([.tensor($0[0].gt(.int(0)))]) },
    "index_mask_rows": { try $0[0].index([.tensor($0[1].bool())]) },
    "index_mask_and_list": { try $0[0].index([.tensor($0[1].bool()), .tensor(indexList([0, 1]))]) },
    "index_duplicates": { try $0[0].index([.tensor($0[1])]) },
    "index_negative": { try $0[0].index([.tensor($0[1]), .tensor($0[2])]) },
    "put_two": { try assigned($0[0], [.tensor(indexList([0, 2])), .tensor(indexList([1, 0]))], .tensor($0[1])) },
    "put_scalar_two": {
      try assigned($0[0], [.tensor(indexList([0, 2])), .tensor(indexList([1, 0]))], .float(2.5))
    },
    "put_fill_rows": { try assigned($0[0], [.tensor(indexList([0, 2]))], .float(2.5)) },
    "put_fill_columns": { try assigned($0[0], [.all, .tensor(indexList([1]))], .float(-1)) },
    "put_mask_scalar": { try assigned($0[0], [.tensor($0[0].gt(.int(0)))], .float(0)) },
    "put_mask_tensor": { try assigned($0[0], [.tensor($0[0].gt(.int(0)))], .tensor($0[1])) },
    "put_rows_tensor": { try assigned($0[0], [.tensor(indexList([2, 0]))], .tensor($0[1])) },
    "put_duplicates": {
      try assigned($0[0], [.tensor(indexList([0, 0])), .tensor(indexList([1, 1]))], .tensor($0[1]))
    },
    "put_broadcast_value": { try assigned($0[0], [.tensor(indexList([0, 1]))], .tensor($0[1])) },
    "put_through_view": {
      try assignedView($0[0], [.tensor(indexList([0, 1])), .tensor(indexList([1, 0]))], .tensor($0[1]))
    },
    "index_put_accumulate": {
      try $0[0].indexPut([indexList([0, 0]), indexList([1, 1])], values: $0[1], accumulate: true)
    },
    "index_fill": { try $0[0].indexFill(dim: 1, index: indexList([0, 2]), value: .float(1.5)) },
    // Derivative audit.
    "clamp_both": { try $0[0].clamp(min: .int(0), max: .int(1)) },
    "clamp_min": { try $0[0].clamp(min: .int(0)) },
    "clamp_max": { try $0[0].clamp(max: .int(1)) },
    "clamp_equal_bounds": { try $0[0].clamp(min: .float(0.5), max: .float(0.5)) },
    "clamp_crossed_bounds": { try $0[0].clamp(min: .int(1), max: .int(0)) },
    "clamp_tensors": { try $0[0].clamp(min: $0[1], max: $0[2]) },
    "clamp_tensor_min": { try $0[0].clamp(min: $0[1], max: nil) },
    "clamp_tensor_max": { try $0[0].clamp(min: nil, max: $0[1]) },
    "clamp_tensors_crossed": { try $0[0].clamp(min: $0[2], max: $0[1]) },
    "clamp_tensor_broadcast": { try $0[0].clamp(min: $0[1], max: $0[2]) },
    "relu": { try $0[0].relu() },
    "abs": { try $0[0].abs() },
    "sign": { try $0[0].sign() },
    "sqrt": { try $0[0].sqrt() },
    "pow_half": { try $0[0].pow(.float(0.5)) },
    "log": { try $0[0].log() },
    "maximum": { try Tensor.maximum($0[0], $0[1]) },
    "minimum": { try Tensor.minimum($0[0], $0[1]) },
    "max": { try $0[0].max() },
    "min": { try $0[0].min() },
    "max_dim1": { try $0[0].max(dim: 1).values },
    "min_dim0": { try $0[0].min(dim: 0).values },
    "max_keepdim": { try $0[0].max(dim: 1, keepdim: true).values },
    "where": { try Tensor.whereSelect($0[0].gt(.int(0)), .tensor($0[0]), .tensor($0[1])) },
    "where_same": { try Tensor.whereSelect($0[0].gt(.int(0)), .tensor($0[0]), .tensor($0[0].mul(.int(2)))) },
    "argmax_then_gather": { try $0[0].gather(dim: 1, index: $0[0].argmax(dim: 1, keepdim: true)) },
  ]
}
