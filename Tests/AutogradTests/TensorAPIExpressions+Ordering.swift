@testable import Autograd

/// Sorting and index-driven reads and writes (gather, scatter, index_select, masked_fill).
extension TensorAPIExpressions {
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
}
