@testable import Autograd

/// The Swift twins of `Data/tensor_api_expressions.py`: each closure returns the text Python shows.
enum TensorAPIExpressions {
  static func r(_ tensor: Tensor) -> String { tensor.description }

  /// Python's repr of a tuple of tensors: `(tensor(...), tensor(...))`, `(tensor(...),)`.
  static func tuple(_ tensors: [Tensor]) -> String {
    if tensors.count == 1 { return "(" + tensors[0].description + ",)" }
    return "(" + tensors.map(\.description).joined(separator: ", ") + ")"
  }

  static func arange(_ n: Double) throws -> Tensor { try Tensor.arange(end: .float(n)) }

  /// `view.add_(other)`, returning the view.
  static func inplace(_ view: Tensor, _ other: Operand = .float(1)) throws -> String {
    r(try view.add_(other))
  }

  static func table() throws -> [String: () throws -> String] {
    let M = try arange(10).reshape([5, 2])
    let S = try Tensor.scalar(.float(1))
    var table: [String: () throws -> String] = [:]
    for (name, body) in splitting(M, S) { table[name] = body }
    for (name, body) in try reductions() { table[name] = body }
    for (name, body) in try valueTests() { table[name] = body }
    for (name, body) in try ordering() { table[name] = body }
    for (name, body) in try indexing() { table[name] = body }
    for (name, body) in try matrices() { table[name] = body }
    for (name, body) in try advancedIndexing() { table[name] = body }
    return table
  }

  /// `target[indices] = value`, returning the target's repr.
  static func setitem(_ target: Tensor, _ indices: [TensorIndex], _ value: Operand) throws -> String {
    try target.setIndex(indices, value)
    return r(target)
  }

  static func advancedIndexing() throws -> [String: () throws -> String] {
    let X = try floats([[1, 2, 3], [4, 5, 6]])
    let Y = try arange(12).reshape([3, 4])
    let X3 = try arange(24).reshape([2, 3, 4])
    func list(_ values: [Int64]) throws -> TensorIndex { .tensor(try Tensor.tensor(.list(values.map { .int($0) }))) }
    func typed(_ values: [Int64], _ dtype: DType) throws -> TensorIndex {
      .tensor(try Tensor.tensor(.list(values.map { .int($0) }), dtype: dtype))
    }
    func mask(_ values: [Bool]) throws -> TensorIndex { .tensor(try Tensor.tensor(.list(values.map { .bool($0) }))) }
    let emptyIndex = TensorIndex.tensor(try Tensor.zeros([0], dtype: .int64))
    let from1 = TensorIndex.slice(start: 1, stop: nil, step: nil)
    let grid = try Tensor.tensor(.list(Array(repeating: TensorData.list([true, false, true, false].map { .bool($0) }), count: 3)))
    func nonLeaf() throws -> Tensor { try Tensor.ones([3, 4], requiresGrad: true).mul(.int(1)) }
    return [
      "index_lists": { r(try Y.index([list([0, 2]), list([1, 3])])) },
      "index_broadcast": { r(try Y.index([.tensor(ints([[0], [2]])), list([1, 3])])) },
      "index_adjacent": { r(try X3.index([.all, list([0, 2]), list([1, 3])])) },
      "index_separated": { r(try X3.index([list([0, 1]), .all, list([1, 3])])) },
      "index_pair_rows": { r(try X3.index([list([0, 1]), list([0, 1])])) },
      "index_ellipsis_list": { r(try X3.index([.ellipsis, list([0, 1])])) },
      "index_slice_between": { r(try X3.index([list([0, 1]), from1, list([2])])) },
      "index_int_then_lists": { r(try X3.index([.int(0), list([0, 2]), list([1, 3])])) },
      "index_none_first": { r(try Y.index([.none, list([0, 1])])) },
      "index_none_after": { r(try Y.index([list([0, 1]), .none])) },
      "index_none_between_shape": { r(try X3.index([list([0, 1]), .none, list([0, 1])])) },
      "index_none_adjacent_shape": { r(try X3.index([.all, .none, list([0, 1]), list([0, 1])])) },
      "index_ellipsis_none": { r(try Y.index([.ellipsis, list([0, 1]), .none])) },
      "index_0d_long": { r(try Y.index([.tensor(Tensor.scalar(.int(1)))])) },
      "index_0d_long_and_list": { r(try Y.index([.tensor(Tensor.scalar(.int(1))), list([0, 1])])) },
      "index_0d_true": { r(try Y.index([.tensor(Tensor.scalar(.bool(true)))])) },
      "index_0d_false": { r(try Y.index([.tensor(Tensor.scalar(.bool(false)))])) },
      "index_mask_2d": { r(try Y.index([.tensor(grid)])) },
      "index_mask_pair": { r(try Y.index([mask([true, false, true]), mask([true, false, true, false])])) },
      "index_mask_then_slice": { r(try Y.index([mask([true, false, true]), from1])) },
      "index_mask_bad_shape": { r(try Y.index([mask([true, false])])) },
      "index_mask_and_list_mismatch": { r(try Y.index([mask([true, false, true]), list([0, 1, 2])])) },
      "index_broadcast_mismatch": { r(try Y.index([list([0, 2]), list([1, 3, 0])])) },
      "index_out_of_range_first": { r(try Y.index([list([0, 5])])) },
      "index_out_of_range_second": { r(try Y.index([list([0, 1]), list([4, 0])])) },
      "index_out_of_range_after_int": { r(try X3.index([.int(0), .all, list([5])])) },
      "index_out_of_range_after_slice": { r(try X3.index([.all, list([0, 5])])) },
      "index_out_of_range_third": { r(try X3.index([list([0]), .all, list([0, 7])])) },
      "index_negative": { r(try Y.index([list([-1, -3]), list([-4, 0])])) },
      "index_float_tensor": { r(try Y.index([.tensor(vector([0.5]))])) },
      "index_empty": { r(try Y.index([emptyIndex])) },
      "index_empty_pair": { r(try Y.index([emptyIndex, emptyIndex])) },
      "index_too_many": { r(try Y.index([list([0]), list([0]), list([0])])) },
      "index_grad": { r(try Y.detach().requiresGrad_().mul(.int(1)).index([list([0, 1]), list([1, 2])])) },
      "setitem_pair": { try setitem(Tensor.zeros([3, 4]), [list([0, 2]), list([1, 3])], .float(5)) },
      "setitem_duplicates": {
        try setitem(Tensor.zeros([3, 4]), [list([0, 0]), list([1, 1])], .tensor(vector([1, 2])))
      },
      "setitem_rows_broadcast": { try setitem(Tensor.zeros([3, 4]), [.all, list([0, 1])], .tensor(vector([7, 8]))) },
      "setitem_rows_scalar": { try setitem(Tensor.zeros([3, 4]), [list([0, 1])], .int(9)) },
      "setitem_int_value": { try setitem(Tensor.zeros([3, 4]), [list([0, 1]), list([0, 1])], .int(7)) },
      "setitem_long_value": {
        try setitem(Tensor.zeros([3, 4]), [list([0, 1])], .tensor(Tensor.tensor(.list([1, 2, 3, 4].map { .int($0) }))))
      },
      "setitem_double_value": {
        try setitem(Tensor.zeros([3, 4]), [list([0, 1])], .tensor(Tensor.ones([2, 4], dtype: .float64)))
      },
      "setitem_value_shape": {
        try setitem(Tensor.zeros([3, 4]), [list([0, 1]), list([0, 1])], .tensor(Tensor.ones([3])))
      },
      "setitem_value_leading_ones": { try setitem(Tensor.zeros([3, 4]), [list([0, 1])], .tensor(Tensor.ones([1, 1, 4]))) },
      "setitem_value_bad_leading": { try setitem(Tensor.zeros([3, 4]), [list([0, 1])], .tensor(Tensor.ones([2, 1, 4]))) },
      "setitem_out_of_range": { try setitem(Tensor.zeros([3, 4]), [list([0, 5])], .float(1)) },
      "setitem_mask_bad_shape": { try setitem(Tensor.zeros([3, 4]), [mask([true, false])], .float(2)) },
      "setitem_mask_columns": { try setitem(Tensor.ones([3, 4]), [.all, mask([true, false, true, false])], .float(2)) },
      "setitem_int32_index": { try setitem(Tensor.ones([3, 4]), [typed([0, 1], .int32)], .float(3)) },
      "setitem_grad_fill": { try setitem(nonLeaf(), [.all, list([0, 1])], .float(3)) },
      "setitem_grad_mask": { try setitem(nonLeaf(), [mask([true, false, true])], .float(2)) },
      "setitem_grad_put": { try setitem(nonLeaf(), [list([0, 1]), list([0, 1])], .float(3)) },
      "setitem_grad_copy_slices": { try setitem(nonLeaf(), [from1, list([0, 1])], .float(3)) },
      "setitem_grad_select": { try setitem(nonLeaf(), [.all, .tensor(Tensor.scalar(.int(1)))], .float(3)) },
      "setitem_leaf": { try setitem(Tensor.ones([3, 4], requiresGrad: true), [list([0, 1])], .float(3)) },
      "index_put": { r(try Y.indexPut([Tensor.tensor(.list([.int(0)]))], values: Tensor.scalar(.float(5)))) },
      "index_put_accumulate": {
        r(try Y.indexPut(
          [Tensor.tensor(.list([.int(0), .int(0)])), Tensor.tensor(.list([.int(1), .int(1)]))],
          values: vector([1, 2]), accumulate: true))
      },
      "index_put_dtype": {
        r(try Y.indexPut([Tensor.tensor(.list([.int(0)]))], values: Tensor.tensor(.list([1, 2, 3, 4].map { .int($0) }))))
      },
      "index_put_shape": { r(try Y.indexPut([Tensor.tensor(.list([.int(0)]))], values: vector([1, 2]))) },
      "index_put_": {
        r(try Tensor.zeros([4]).indexPut_([Tensor.tensor(.list([0, 0, 1].map { .int($0) }))], values: vector([1, 2, 3])))
      },
      "index_fill": {
        r(try Tensor.zeros([4]).indexFill(dim: 0, index: Tensor.tensor(.list([.int(2), .int(3)])), value: .float(9)))
      },
      "index_fill_matrix_index": {
        r(try Tensor.zeros([4]).indexFill(dim: 0, index: ints([[2]]), value: .float(9)))
      },
      "index_int32": { r(try Y.index([typed([0, 2], .int32)])) },
      "index_uint8_mask": { r(try Y.index([typed([1, 0, 1], .uint8)])) },
      "index_uint8_mask_again": { r(try Y.index([typed([0, 1, 1], .uint8)])) },
      "index_int16": { r(try Y.index([typed([0, 2], .int16)])) },
      "gather_int32": { r(try Y.gather(dim: 1, index: ints([[0]]).to(.int32))) },
      "gather_int16": { r(try Y.gather(dim: 1, index: ints([[0]]).to(.int16))) },
      "index_select_int32": { r(try Y.indexSelect(dim: 0, index: Tensor.tensor(.list([.int(0)]), dtype: .int32))) },
      "index_select_int16": { r(try Y.indexSelect(dim: 0, index: Tensor.tensor(.list([.int(0)]), dtype: .int16))) },
      "index_fill_int32": {
        r(try Y.indexFill(dim: 0, index: Tensor.tensor(.list([.int(0)]), dtype: .int32), value: .float(1)))
      },
      "scatter_uint8_index": { r(try Y.scatter(dim: 0, index: ints([[0]]).to(.uint8), value: .float(1))) },
      "relu_signed_zero": { r(try vector([-0.0, 0, .nan]).relu()) },
      "clamp_signed_zero": { r(try vector([-0.0, 0, .nan]).clamp(min: .int(0))) },
      "clamp_max_signed_zero": { r(try vector([0]).clamp(max: .float(-0.0))) },
      "maximum_signed_zero": { r(try Tensor.maximum(vector([-0.0, 0]), vector([0, -0.0]))) },
      "minimum_signed_zero": { r(try Tensor.minimum(vector([-0.0, 0]), vector([0, -0.0]))) },
      "max_signed_zero": { r(try vector([0, -0.0]).max()) },
      "min_signed_zero": { r(try vector([-0.0, 0]).min()) },
      "clamp_tensor_bounds": { r(try X.clamp(min: vector([2, 2, 2]), max: Tensor.scalar(.float(5)))) },
      "clamp_tensor_shape": { r(try X.clamp(min: Tensor.zeros([2]), max: nil)) },
      "clamp_tensor_promotes": {
        r(try Tensor.tensor(.list([.int(1), .int(2)])).clamp(min: vector([0.5]), max: nil))
      },
      "clamp_tensor_grad": { r(try X.detach().requiresGrad_().clamp(min: Tensor.zeros([3]), max: nil)) },
      "setitem_grad_int32": { try setitem(nonLeaf(), [typed([0, 1], .int32)], .float(3)) },
    ]
  }

  static func matrices() throws -> [String: () throws -> String] {
    let X = try floats([[1, 2, 3], [4, 5, 6]])
    let I = try ints([[1, 2, 3], [4, 5, 6]])
    let S = try Tensor.scalar(.float(1))
    func intVector(_ values: [Int64]) throws -> Tensor { try Tensor.tensor(.list(values.map { .int($0) })) }
    return [
      "tril": { r(try arange(13).slice(dim: 0, start: 1, stop: nil, step: nil).reshape([3, 4]).tril()) },
      "triu_int": { r(try I.triu()) },
      "tril_1d": { r(try Tensor.ones([2]).tril()) },
      "triu_0d": { r(try S.triu()) },
      "tril_batch": { r(try Tensor.ones([2, 3, 3]).tril()) },
      "diag_big_offset": { r(try X.diag(5)) },
      "diag_int": { r(try I.diag()) },
      "diag_embed": { r(try vector([1, 2, 3]).diag(1)) },
      "diag_0d": { r(try S.diag()) },
      "diag_3d": { r(try Tensor.ones([2, 2, 2]).diag()) },
      "diagonal_same_dims": { r(try X.diagonal(offset: 0, dim1: 0, dim2: 0)) },
      "diagonal_3d": { r(try Tensor.ones([2, 2, 2]).diagonal()) },
      "outer_2d_self": { r(try X.outer(Tensor.ones([2]))) },
      "outer_2d_other": { r(try Tensor.ones([2]).outer(X)) },
      "outer_int": { r(try intVector([1, 2]).outer(intVector([3, 4]))) },
      "outer_mixed": { r(try vector([1, 2]).outer(intVector([3, 4]))) },
      "einsum_too_many_operands": { r(try Tensor.einsum("ij", [X, X])) },
      "einsum_too_few_operands": { r(try Tensor.einsum("i,j", [Tensor.ones([2])])) },
      "einsum_bad_subscript": { r(try Tensor.einsum("ij;jk->ik", [X, X])) },
      "einsum_digit": { r(try Tensor.einsum("i1->i", [X])) },
      "einsum_second_arrow": { r(try Tensor.einsum("ij->i->j", [X])) },
      "einsum_rank": { r(try Tensor.einsum("ijk->", [X])) },
      "einsum_empty": { r(try Tensor.einsum("", [X])) },
      "einsum_scalar": { r(try Tensor.einsum("->", [Tensor.scalar(.float(2))])) },
      "einsum_size_mismatch": { r(try Tensor.einsum("ij,jk->ik", [X, X])) },
      "einsum_repeat_mismatch": { r(try Tensor.einsum("ii->i", [X])) },
      "einsum_missing_output": { r(try Tensor.einsum("ij->ik", [X])) },
      "einsum_repeated_output": { r(try Tensor.einsum("ij->jj", [X])) },
      "einsum_spaces": { r(try Tensor.einsum("i j -> j i", [X])) },
      "einsum_uppercase": { r(try Tensor.einsum("iJ->J", [X])) },
      "einsum_implicit_order": { r(try Tensor.einsum("ba", [X])) },
      "einsum_implicit_case": { r(try Tensor.einsum("aB", [X])) },
      "einsum_int": { r(try Tensor.einsum("ij->", [I])) },
      "einsum_mixed_dtypes": { r(try Tensor.einsum("ij,jk->ik", [X, I.t()])) },
      "einsum_list": { r(try Tensor.einsum("ij->j", [X])) },
    ]
  }

  /// `torch.return_types.sort(values=..., indices=...)`.
  static func pair(_ name: String, _ result: (values: Tensor, indices: Tensor)) -> String {
    ReductionResult(typeName: "torch.return_types." + name, values: result.values, indices: result.indices)
      .description
  }

  static func ordering() throws -> [String: () throws -> String] {
    let T = try floats([[3, 1, 2, 1], [0, 5, 5, -1]])
    let S = try Tensor.scalar(.float(1))
    let intRow = try Tensor.tensor(.list([3, 1, 2, 1, 3].map { .int($0) }))
    let nanRow = try vector([.nan, 1, 0])
    return [
      "sort": { pair("sort", try T.sort()) },
      "sort_dim0": { pair("sort", try T.sort(dim: 0)) },
      "sort_descending": { pair("sort", try T.sort(descending: true)) },
      "sort_stable_grad": {
        pair("sort", try T.detach().requiresGrad_().sort(dim: 1, descending: true, stable: true))
      },
      "sort_int": { pair("sort", try intRow.sort(descending: true)) },
      "sort_bool": { pair("sort", try Tensor.tensor(.list([.bool(true), .bool(false), .bool(true)])).sort()) },
      "sort_0d": { pair("sort", try S.sort()) },
      "sort_nan": { pair("sort", try nanRow.sort()) },
      "sort_nan_descending": { pair("sort", try nanRow.sort(descending: true)) },
      "sort_bad_dim": { pair("sort", try T.sort(dim: 3)) },
      "argsort": { r(try T.argsort()) },
      "argsort_descending": { r(try T.argsort(dim: 1, descending: true)) },
      "argsort_0d": { r(try S.argsort()) },
      "msort": { r(try T.msort()) },
      "topk": { pair("topk", try T.topk(2)) },
      "topk_smallest": { pair("topk", try T.topk(2, largest: false)) },
      "topk_dim0": { pair("topk", try T.topk(2, dim: 0)) },
      "topk_too_big": { pair("topk", try T.topk(5)) },
      "topk_negative": { pair("topk", try T.topk(-1)) },
      "topk_zero": { pair("topk", try T.topk(0)) },
      "topk_int": { pair("topk", try intRow.topk(3)) },
      "topk_bool": { pair("topk", try Tensor.tensor(.list([.bool(true), .bool(false)])).topk(1)) },
      "topk_0d": { pair("topk", try S.topk(1)) },
      "topk_0d_too_big": { pair("topk", try S.topk(2)) },
      "topk_nan": { pair("topk", try nanRow.topk(2)) },
      "topk_nan_smallest": { pair("topk", try nanRow.topk(2, largest: false)) },
      "median": { r(try T.median()) },
      "median_nan": { r(try vector([1, .nan, 0]).median()) },
      "median_empty": { r(try Tensor.zeros([0]).median()) },
      "median_dim": { pair("median", try T.median(dim: 1)) },
      "median_dim_keep": { pair("median", try T.median(dim: 0, keepdim: true)) },
      "median_dim_empty": { pair("median", try Tensor.zeros([2, 0]).median(dim: 1)) },
      "median_int": { r(try Tensor.tensor(.list([3, 1, 2, 1].map { .int($0) })).median()) },
    ]
  }

  static func indexing() throws -> [String: () throws -> String] {
    let X = try floats([[1, 2, 3], [4, 5, 6]])
    let I = try ints([[1, 2, 3], [4, 5, 6]])
    let Z = try Tensor.zeros([3, 5])
    let IDX = try ints([[0, 1, 2, 0]])
    func index(_ rows: [[Int64]]) throws -> Tensor { try ints(rows) }
    func vectorIndex(_ values: [Int64]) throws -> Tensor { try Tensor.tensor(.list(values.map { .int($0) })) }
    let gt3 = try X.gt(.int(3))
    return [
      "gather": { r(try X.gather(dim: 1, index: index([[0, 0], [1, 0]]))) },
      "gather_out_of_range": { r(try X.gather(dim: 1, index: index([[3]]))) },
      "gather_negative": { r(try X.gather(dim: 1, index: index([[-1]]))) },
      "gather_float_index": { r(try X.gather(dim: 1, index: floats([[0]]))) },
      "gather_rank": { r(try X.gather(dim: 1, index: vectorIndex([0]))) },
      "gather_size": { r(try X.gather(dim: 1, index: index([[0], [1], [0]]))) },
      "gather_bad_dim": { r(try X.gather(dim: 2, index: index([[0]]))) },
      "gather_wider": { r(try X.gather(dim: 1, index: index([[0, 1, 2, 0]]))) },
      "gather_0d": { r(try Tensor.scalar(.float(3)).gather(dim: 0, index: Tensor.scalar(.int(0)))) },
      "gather_0d_index": { r(try arange(4).gather(dim: 0, index: Tensor.scalar(.int(1)))) },
      "gather_int": { r(try I.gather(dim: 0, index: index([[1, 0, 1]]))) },
      "scatter_value": { r(try Z.scatter(dim: 0, index: IDX, value: .float(1.5))) },
      "scatter_src": { r(try Z.scatter(dim: 0, index: IDX, source: arange(11).slice(dim: 0, start: 1, stop: nil, step: nil).reshape([2, 5]))) },
      "scatter_int_value": { r(try Z.scatter(dim: 0, index: IDX, value: .int(1))) },
      "scatter_long_float_value": { r(try Z.long().scatter(dim: 0, index: index([[0]]), value: .float(2.5))) },
      "scatter_add_reduce_value": { r(try Z.scatter(dim: 0, index: IDX, value: .float(2), reduce: .add)) },
      "scatter_multiply_reduce_value": {
        r(try Tensor.ones([3, 5]).scatter(dim: 0, index: IDX, value: .float(2), reduce: .multiply))
      },
      "scatter_add_reduce_src": { r(try Z.scatter(dim: 0, index: IDX, source: Tensor.ones([1, 4]), reduce: .add)) },
      "scatter_multiply_reduce_src": {
        r(try Tensor.full([3, 5], .float(2)).scatter(
          dim: 0, index: IDX, source: Tensor.full([1, 4], .float(3)), reduce: .multiply))
      },
      "scatter_grad_reduce": {
        r(try Tensor.zeros([3, 5], requiresGrad: true).scatter(dim: 0, index: IDX, value: .float(2), reduce: .add))
      },
      "scatter_out_of_range": { r(try Z.scatter(dim: 0, index: index([[0, 1, 5, 0]]), value: .float(1))) },
      "scatter_negative": { r(try Z.scatter(dim: 0, index: index([[-1]]), value: .float(1))) },
      "scatter_float_index": { r(try Z.scatter(dim: 0, index: floats([[0]]), value: .float(1))) },
      "scatter_rank": { r(try Z.scatter(dim: 0, index: vectorIndex([0]), value: .float(1))) },
      "scatter_src_rank": { r(try Z.scatter(dim: 0, index: index([[0]]), source: Tensor.ones([2]))) },
      "scatter_too_wide": { r(try Z.scatter(dim: 0, index: index([[0, 1, 2, 0, 1, 2]]), value: .float(1))) },
      "scatter_src_small": { r(try Z.scatter(dim: 0, index: IDX, source: Tensor.ones([1, 2]))) },
      "scatter_src_dtype": { r(try Z.scatter(dim: 0, index: IDX, source: Tensor.ones([1, 4], dtype: .float64))) },
      "scatter_bad_dim": { r(try Z.scatter(dim: 2, index: index([[0]]), value: .float(1))) },
      "scatter_duplicates": {
        r(try Z.scatter(dim: 0, index: index([[0, 1], [0, 1]]), source: arange(5).slice(dim: 0, start: 1, stop: nil, step: nil).reshape([2, 2])))
      },
      "scatter_add": { r(try Z.scatterAdd(dim: 0, index: index([[0, 0]]), source: Tensor.ones([1, 2]))) },
      "scatter_add_dtype": {
        r(try Z.scatterAdd(dim: 0, index: index([[0, 0]]), source: Tensor.ones([1, 2], dtype: .float64)))
      },
      "scatter_grad": {
        r(try Tensor.zeros([3, 4], requiresGrad: true).scatter(
          dim: 0, index: IDX, source: Tensor.ones([1, 4], requiresGrad: true)))
      },
      "index_select": { r(try X.indexSelect(dim: 1, index: vectorIndex([0, 2, 0]))) },
      "index_select_0d_index": { r(try X.indexSelect(dim: 0, index: Tensor.scalar(.int(1)))) },
      "index_select_out_of_range": { r(try X.indexSelect(dim: 0, index: vectorIndex([2]))) },
      "index_select_negative": { r(try X.indexSelect(dim: 0, index: vectorIndex([-1]))) },
      "index_select_dim1_out_of_range": { r(try X.indexSelect(dim: 1, index: vectorIndex([5]))) },
      "index_select_dim1_negative": { r(try X.indexSelect(dim: 1, index: vectorIndex([-4]))) },
      "index_select_matrix": { r(try X.indexSelect(dim: 0, index: index([[0]]))) },
      "index_select_float": { r(try X.indexSelect(dim: 0, index: vector([0]))) },
      "index_select_0d": { r(try Tensor.scalar(.float(5)).indexSelect(dim: 0, index: vectorIndex([0]))) },
      "index_select_empty": { r(try X.indexSelect(dim: 0, index: Tensor.zeros([0], dtype: .int64))) },
      "index_select_bad_dim": { r(try X.indexSelect(dim: 2, index: vectorIndex([0]))) },
      "masked_fill": { r(try X.maskedFill(gt3, .float(0))) },
      "masked_fill_tensor": { r(try X.maskedFill(gt3, Tensor.scalar(.float(2)))) },
      "masked_fill_tensor_1d": { r(try X.maskedFill(gt3, vector([2]))) },
      "masked_fill_long_mask": { r(try X.maskedFill(gt3.long(), .float(0))) },
      "masked_fill_broadcast": {
        r(try X.maskedFill(Tensor.tensor(.list([.bool(true), .bool(false), .bool(false)])), .int(9)))
      },
      "masked_fill_bad_mask": { r(try X.maskedFill(Tensor.tensor(.list([.bool(true), .bool(false)])), .int(0))) },
      "masked_fill_int": { r(try I.maskedFill(I.gt(.int(3)), .float(2.5))) },
      "masked_fill_grad": {
        let x = try X.detach().requiresGrad_()
        return r(try x.maskedFill(x.gt(.int(3)), Tensor.scalar(.float(2), requiresGrad: true)))
      },
    ]
  }

  static func floats(_ rows: [[Double]], dtype: DType = .float32) throws -> Tensor {
    try Tensor.tensor(.list(rows.map { .list($0.map { .float($0) }) }), dtype: dtype)
  }
  static func ints(_ rows: [[Int64]]) throws -> Tensor {
    try Tensor.tensor(.list(rows.map { .list($0.map { .int($0) }) }))
  }
  static func vector(_ values: [Double]) throws -> Tensor { try Tensor.tensor(.list(values.map { .float($0) })) }

  /// The operands of the reduction and value-test expressions.
  struct Operands {
    let X: Tensor
    let I: Tensor
    let B: Tensor
    let NAN: Tensor
    let E: Tensor

    init() throws {
      X = try floats([[1, 2, 3], [4, 5, 6]])
      I = try ints([[1, 2, 3], [4, 5, 6]])
      B = try Tensor.tensor(.list([.bool(true), .bool(false)]))
      NAN = try floats([[1, 0, .nan], [.infinity, -.infinity, 2]])
      E = try Tensor.zeros([0, 3])
    }
  }

  static func reductions() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, I, B, E) = (o.X, o.I, o.B, o.E)
    let S = try Tensor.scalar(.float(1))
    return [
      "prod_int": { r(try I.prod()) },
      "prod_int_dim": { r(try I.prod(dim: 1)) },
      "prod_bool": { r(try B.prod()) },
      "prod_big_int": { r(try Tensor.tensor(.list([.int(1 << 40), .int(1 << 40)])).prod()) },
      "prod_int_to_float": { r(try I.prod(dtype: .float64)) },
      "prod_bad_dim": { r(try X.prod(dim: 2)) },
      "prod_empty": { r(try E.prod()) },
      "prod_empty_dim": { r(try E.prod(dim: 0)) },
      "cumsum_int": { r(try I.cumsum(dim: 1)) },
      "cumsum_bool": { r(try B.cumsum(dim: 0)) },
      "cumsum_0d": { r(try S.cumsum(dim: 0)) },
      "cumsum_bad_dim": { r(try X.cumsum(dim: 2)) },
      "cumsum_float32_carry": { r(try vector([16_777_216, 1, 1, 1]).cumsum(dim: 0)) },
      "flip_int": { r(try I.flip([1])) },
      "flip_duplicate": { r(try X.flip([0, 0])) },
      "flip_bad_dim": { r(try X.flip([2])) },
      "flip_0d": { r(try S.flip([0])) },
      "var_int": { r(try I.variance()) },
      "std_int": { r(try I.std()) },
      "var_dof0": { r(try vector([1]).variance()) },
      "std_dof0_dim": { r(try X.std(dims: [1], correction: 3)) },
      "var_empty": { r(try Tensor.zeros([0]).variance()) },
      "var_keepdim": { r(try X.variance(dims: [0], keepdim: true)) },
      "std_double": { r(try X.double().std(dims: [1])) },
      "norm_int": { r(try I.norm()) },
      "norm_empty_inf": { r(try Tensor.zeros([0]).norm(p: .infinity)) },
      "norm_empty_negative": { r(try Tensor.zeros([0]).norm(p: -1.5)) },
      "norm_empty_dim": { r(try Tensor.zeros([2, 0]).norm(p: -.infinity, dims: [1])) },
      "norm_empty_p0": { r(try Tensor.zeros([0]).norm(p: 0)) },
      "norm_nan": { r(try o.NAN.norm()) },
      "norm_inf_nan": { r(try o.NAN.norm(p: .infinity, dims: [1])) },
      "logsumexp_int": { r(try I.logsumexp(dims: [1])) },
      "logsumexp_inf": { r(try vector([.infinity, 1]).logsumexp(dims: [0])) },
      "logsumexp_neg_inf": { r(try vector([-.infinity, -.infinity]).logsumexp(dims: [0])) },
      "logsumexp_empty": { r(try Tensor.zeros([0]).logsumexp(dims: [0])) },
      "amax_int": { r(try I.amax(dims: [1])) },
      "amax_empty": { r(try Tensor.zeros([0]).amax()) },
      "amax_empty_dim": { r(try Tensor.zeros([2, 0]).amax(dims: [1])) },
      "amin_empty_other_dim": { r(try Tensor.zeros([2, 0]).amin(dims: [0])) },
      "amax_nan": { r(try o.NAN.amax(dims: [1])) },
    ]
  }

  static func valueTests() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (I, B, NAN, E) = (o.I, o.B, o.NAN, o.E)
    let S = try Tensor.scalar(.float(1))
    let ties = try vector([0.5, 1.5, 2.5, -0.5, -2.5])
    return [
      "floor_int": { r(try I.floor()) },
      "round_int": { r(try I.round()) },
      "round_int_decimals": { r(try I.round(decimals: 1)) },
      "frac_int": { r(try I.frac()) },
      "floor_bool": { r(try B.floor()) },
      "ceil_bool": { r(try B.ceil()) },
      "round_bool": { r(try B.round()) },
      "trunc_bool": { r(try B.trunc()) },
      "frac_bool": { r(try B.frac()) },
      "round_ties": { r(ties) },
      "round_half": { r(try ties.round()) },
      "round_decimals_float32": { r(try vector([1.005, 2.675]).round(decimals: 2)) },
      "ceil_negative_zero": { r(try vector([-0.3]).ceil()) },
      "frac_inf": { r(try vector([.infinity, -2.5]).frac()) },
      "floor_nan": { r(try Tensor.scalar(.float(.nan)).floor()) },
      "isnan": { r(try NAN.isnan()) },
      "isinf": { r(try NAN.isinf()) },
      "isfinite": { r(try NAN.isfinite()) },
      "isposinf": { r(try NAN.isposinf()) },
      "isneginf": { r(try NAN.isneginf()) },
      "isnan_int": { r(try I.isnan()) },
      "isfinite_int": { r(try I.isfinite()) },
      "isinf_bool": { r(try B.isinf()) },
      "nan_to_num": { r(try NAN.nanToNum()) },
      "nan_to_num_double": { r(try NAN.double().nanToNum()) },
      "nan_to_num_args": { r(try NAN.nanToNum(nan: 5, neginf: 2)) },
      "nan_to_num_int": { r(try I.nanToNum()) },
      "all": { r(try NAN.all()) },
      "any": { r(try NAN.any()) },
      "all_dim": { r(try NAN.all(dims: [1])) },
      "any_keepdim": { r(try NAN.any(dims: [1], keepdim: true)) },
      "all_dims": { r(try NAN.all(dims: [0, 1])) },
      "all_int": { r(try I.all()) },
      "any_int_dim": { r(try I.any(dims: [0])) },
      "all_bool": { r(try B.all()) },
      "all_empty": { r(try E.all()) },
      "any_empty": { r(try E.any()) },
      "all_empty_dim": { r(try E.all(dims: [0])) },
      "any_empty_dim": { r(try E.any(dims: [1])) },
      "all_bad_dim": { r(try NAN.all(dims: [2])) },
      "all_0d": { r(try S.all(dims: [0])) },
      "logical_or": {
        r(try B.logicalOr(Tensor.tensor(.list([.bool(false), .bool(false)]))))
      },
      "logical_xor": {
        r(try Tensor.tensor(.list([.int(1), .int(0)])).logicalXor(vector([2, 0])))
      },
    ]
  }

  static func splitting(_ M: Tensor, _ S: Tensor) -> [String: () throws -> String] {
    [
      "chunk2": { tuple(try M.chunk(2)) },
      "chunk6": { tuple(try M.chunk(6)) },
      "chunk_dim1": { tuple(try M.chunk(3, dim: 1)) },
      "chunk_zero": { tuple(try M.chunk(0)) },
      "chunk_negative": { tuple(try M.chunk(-1)) },
      "chunk_0d": { tuple(try S.chunk(1)) },
      "chunk_bad_dim": { tuple(try M.chunk(2, dim: 2)) },
      "chunk_empty": { tuple(try Tensor.zeros([0, 2]).chunk(2)) },
      "split2": { tuple(try M.split(size: 2)) },
      "split5": { tuple(try M.split(size: 5)) },
      "split_big": { tuple(try M.split(size: 7)) },
      "split_zero": { tuple(try M.split(size: 0)) },
      "split_zero_empty": { tuple(try Tensor.zeros([0, 2]).split(size: 0)) },
      "split_negative": { tuple(try M.split(size: -1)) },
      "split_sizes": { tuple(try M.split(sizes: [1, 4])) },
      "split_sizes_zero": { tuple(try M.split(sizes: [5, 0])) },
      "split_sizes_sum": { tuple(try M.split(sizes: [1, 2])) },
      "split_sizes_negative": { tuple(try M.split(sizes: [6, -1])) },
      "split_0d": { tuple(try S.split(size: 1)) },
      "split_sizes_0d": { tuple(try S.split(sizes: [1])) },
      "split_dim1": { tuple(try M.split(size: 1, dim: 1)) },
      "unbind": { tuple(try M.unbind()) },
      "unbind1": { tuple(try M.unbind(dim: 1)) },
      "unbind_bad_dim": { tuple(try M.unbind(dim: 2)) },
      "unbind_0d": { tuple(try S.unbind()) },
      "split_grad": { tuple(try M.mul(.int(1)).split(size: 2)) },
      "split_requires_grad": { tuple(try M.detach().requiresGrad_().split(sizes: [2, 3])) },
      "split_inplace_grad": {
        let y = try arange(10).reshape([5, 2]).requiresGrad_().mul(.int(1))
        return try inplace(y.split(sizes: [2, 3])[1])
      },
      "split_inplace_nograd": { try inplace(arange(4).split(size: 2)[0]) },
      "split_inplace_detached": {
        try inplace(M.detach().split(size: 2)[1], .tensor(Tensor.ones([2, 2], requiresGrad: true)))
      },
      "unbind_inplace_grad": {
        try inplace(Tensor.ones([2, 2], requiresGrad: true).mul(.int(1)).unbind()[1])
      },
      "t_": { r(try arange(6).reshape([2, 3]).t_()) },
      "t_1d": { r(try arange(3).t_()) },
      "t_3d": { r(try Tensor.ones([2, 3, 4]).t_()) },
      "t_leaf": { r(try Tensor.ones([2, 3], requiresGrad: true).t_()) },
      "t_nonleaf": { r(try Tensor.ones([2, 3], requiresGrad: true).mul(.int(2)).t_()) },
    ]
  }
}
