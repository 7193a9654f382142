@testable import Autograd

/// `unique`, `bincount`, `repeat_interleave`, `meshgrid` and `broadcast_tensors`.
extension TensorAPIExpressions {
  static func counting() throws -> [String: () throws -> String] {
    var table = try uniqueAndBincount()
    for (name, body) in try interleavingAndGrids() { table[name] = body }
    return table
  }

  static func intVector(_ values: [Int64], dtype: DType = .int64) throws -> Tensor {
    try Tensor.tensor(.list(values.map { .int($0) }), dtype: dtype)
  }

  static func uniqueAndBincount() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, NAN, E) = (o.X, o.NAN, o.E)
    let S = try Tensor.scalar(.float(1))
    func all(_ result: (values: Tensor, inverse: Tensor, counts: Tensor)) -> String {
      tuple([result.values, result.inverse, result.counts])
    }
    return [
      "unique": { all(try intVector([3, 1, 2, 1, 3]).unique()) },
      "unique_nan": { all(try vector([.nan, 1, .nan, 1]).unique()) },
      "unique_2d": { tuple(Array([try NAN.nanToNum().unique()].flatMap { [$0.values, $0.inverse] })) },
      "unique_bool": {
        r(try Tensor.tensor(.list([.bool(true), .bool(false), .bool(true)])).unique().values)
      },
      "unique_0d": { tuple([try S.unique().values, try S.unique().inverse]) },
      "unique_empty": { tuple([try E.unique().values, try E.unique().counts]) },
      "unique_grad": { r(try X.detach().requiresGrad_().unique().values) },
      "unique_backward": {
        try X.detach().requiresGrad_().unique().values.sum().backward()
        return "None"
      },
      "bincount": { r(try intVector([0, 1, 1, 3]).bincount()) },
      "bincount_minlength": { r(try intVector([0, 1, 1, 3]).bincount(minlength: 6)) },
      "bincount_weights": { r(try intVector([0, 1, 1]).bincount(weights: vector([0.5, 1, 2]))) },
      "bincount_int_weights": { r(try intVector([0, 1]).bincount(weights: intVector([1, 2]))) },
      "bincount_negative": { r(try intVector([-1, 1]).bincount()) },
      "bincount_2d": { r(try intVector([0]).reshape([1, 1]).bincount()) },
      "bincount_float": { r(try vector([0, 1]).bincount()) },
      "bincount_empty": { r(try intVector([]).bincount()) },
      "bincount_bad_minlength": { r(try intVector([0, 1]).bincount(minlength: -1)) },
      "bincount_weights_length": { r(try intVector([0, 1]).bincount(weights: vector([1, 2, 3]))) },
      "bincount_int32": { r(try intVector([0, 1], dtype: .int32).bincount()) },
    ]
  }

  static func interleavingAndGrids() throws -> [String: () throws -> String] {
    let X = try Operands().X
    let S = try Tensor.scalar(.float(1))
    let square = try intVector([1, 2, 3, 4]).reshape([2, 2])
    let pair = try vector([1, 2])
    return [
      "repeat_interleave": { r(try intVector([1, 2, 3]).repeatInterleave(2)) },
      "repeat_interleave_2d": { r(try square.repeatInterleave(2)) },
      "repeat_interleave_tensor": { r(try square.repeatInterleave(intVector([1, 2]), dim: 0)) },
      "repeat_interleave_dim1": { r(try square.repeatInterleave(3, dim: 1)) },
      "repeat_interleave_indices": { r(try Tensor.repeatInterleave(intVector([2, 0, 1]))) },
      "repeat_interleave_size": { r(try pair.repeatInterleave(intVector([1, 2, 3]))) },
      "repeat_interleave_negative": { r(try pair.repeatInterleave(-1)) },
      "repeat_interleave_negative_tensor": { r(try pair.repeatInterleave(intVector([1, -1]))) },
      "repeat_interleave_grad": { r(try X.detach().requiresGrad_().repeatInterleave(2)) },
      "repeat_interleave_grad_tensor": {
        r(try X.detach().requiresGrad_().repeatInterleave(intVector([1, 2]), dim: 0))
      },
      "repeat_interleave_0d": { r(try S.repeatInterleave(2)) },
      "repeat_interleave_0d_tensor": { r(try pair.repeatInterleave(Tensor.scalar(.int(2)))) },
      "repeat_interleave_2d_repeats": { r(try pair.repeatInterleave(intVector([2]).reshape([1, 1]))) },
      "repeat_interleave_float_repeats": { r(try pair.repeatInterleave(vector([2, 1]))) },
      "repeat_interleave_2d_indices": { r(try Tensor.repeatInterleave(intVector([2]).reshape([1, 1]))) },
      "meshgrid_ij": {
        tuple(try Tensor.meshgrid([intVector([1, 2]), intVector([3, 4, 5])], indexing: .ij))
      },
      "meshgrid_xy": {
        tuple(try Tensor.meshgrid([intVector([1, 2]), intVector([3, 4, 5])], indexing: .xy))
      },
      "meshgrid_default": { tuple(try Tensor.meshgrid([intVector([1, 2]), intVector([3, 4, 5])])) },
      "meshgrid_default_again": { tuple(try Tensor.meshgrid([intVector([1, 2])])) },
      "meshgrid_grad": {
        tuple(
          try Tensor.meshgrid(
            [X.select(dim: 0, index: 0).detach().requiresGrad_(), vector([3, 4])], indexing: .ij))
      },
      "meshgrid_0d": { tuple(try Tensor.meshgrid([Tensor.scalar(.float(1))], indexing: .ij)) },
      "meshgrid_dtypes": { tuple(try Tensor.meshgrid([intVector([1, 2]), vector([1])], indexing: .ij)) },
      "meshgrid_empty": { tuple(try Tensor.meshgrid([], indexing: .ij)) },
      "meshgrid_three": {
        tuple(try Tensor.meshgrid([intVector([1, 2]), intVector([3]), intVector([4, 5])], indexing: .xy))
      },
      "broadcast_tensors": { tuple(try Tensor.broadcastTensors([Tensor.ones([2, 1]), Tensor.zeros([3])])) },
      "broadcast_tensors_grad": {
        tuple(try Tensor.broadcastTensors([Tensor.ones([2, 1], requiresGrad: true), Tensor.zeros([3])]))
      },
      "broadcast_tensors_same": {
        tuple(try Tensor.broadcastTensors([Tensor.ones([2], requiresGrad: true), Tensor.ones([2])]))
      },
      "broadcast_tensors_mismatch": {
        tuple(try Tensor.broadcastTensors([Tensor.ones([2]), Tensor.zeros([3])]))
      },
    ]
  }
}
