@testable import Autograd

/// Advanced indexing, setitem and clamp/extremum signed zeros.
extension TensorAPIExpressions {
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
}
