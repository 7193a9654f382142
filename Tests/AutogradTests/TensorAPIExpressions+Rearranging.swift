@testable import Autograd

/// `rot90`, `movedim`, `take`, `take_along_dim`, `aminmax`, `dist`, `tril_indices`/`triu_indices`,
/// `searchsorted` and `bucketize`.
extension TensorAPIExpressions {
  static func rearranging() throws -> [String: () throws -> String] {
    var table = try rotationsAndTakes()
    for (name, body) in try extremaAndSearches() { table[name] = body }
    return table
  }

  /// `torch.Size([...])`, as Python prints a shape.
  static func size(_ tensor: Tensor) -> String {
    "torch.Size([" + tensor.shape.map(String.init).joined(separator: ", ") + "])"
  }

  static func rotationsAndTakes() throws -> [String: () throws -> String] {
    let X = try Operands().X
    let X3 = try arange(24).reshape([2, 3, 4])
    let grad = { try X.detach().requiresGrad_() }
    return [
      "rot90": { r(try X.rot90()) },
      "rot90_negative": { r(try X.rot90(-1)) },
      "rot90_k4": { r(try X.rot90(4)) },
      "rot90_same_dims": { r(try X.rot90(1, dims: [0, 0])) },
      "rot90_1d": { r(try Tensor.ones([3]).rot90()) },
      "rot90_three_dims": { r(try X.rot90(1, dims: [0, 1, 1])) },
      "rot90_grad": { r(try grad().rot90(2)) },
      "movedim": { size(try X3.movedim([0], [-1])) },
      "movedim_pairs": { size(try X3.movedim([0, 1], [2, 0])) },
      "movedim_repeated": { r(try X3.movedim([0, 0], [1, 2])) },
      "movedim_lengths": { r(try X3.movedim([0, 1], [1])) },
      "movedim_grad": { r(try grad().movedim([0], [1])) },
      "take": { r(try X.take(intVector([0, 5, -1]))) },
      "take_2d_index": { r(try X.take(intVector([0, 1]).reshape([1, 2]))) },
      "take_out_of_range": { r(try X.take(intVector([6]))) },
      "take_negative_out_of_range": { r(try X.take(intVector([-7]))) },
      "take_int32": { r(try X.take(intVector([0], dtype: .int32))) },
      "take_grad": { r(try grad().take(intVector([1]))) },
      "take_along_dim": { r(try X.takeAlongDim(intVector([0, 2]).reshape([2, 1]), dim: 1)) },
      "take_along_dim_flat": { r(try X.takeAlongDim(intVector([0, 5]))) },
      "take_along_dim_rank": { r(try X.takeAlongDim(intVector([0]), dim: 1)) },
      "take_along_dim_float": { r(try X.takeAlongDim(floats([[0]]), dim: 1)) },
      "take_along_dim_0d": { r(try Tensor.scalar(.float(1)).takeAlongDim(Tensor.scalar(.int(0)), dim: 0)) },
      "take_along_dim_grad": { r(try grad().takeAlongDim(intVector([1]).reshape([1, 1]), dim: 1)) },
    ]
  }

  static func extremaAndSearches() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, I, B, NAN, E) = (o.X, o.I, o.B, o.NAN, o.E)
    let S = try Tensor.scalar(.float(1))
    let T = try floats([[3, 1, 2, 1], [0, 5, 5, -1]])
    func both(_ result: (min: Tensor, max: Tensor)) -> String {
      "torch.return_types.aminmax(\nmin=\(result.min.description),\nmax=\(result.max.description))"
    }
    func indices(_ rows: Int, _ columns: Int, _ offset: Int = 0, lower: Bool, dtype: DType = .int64) throws
      -> String
    {
      r(try Tensor.triangleIndices(rows: rows, columns: columns, offset: offset, lower: lower, dtype: dtype))
    }
    let sorted = try intVector([1, 3, 5, 7])
    return [
      "aminmax": { both(try T.aminmax()) },
      "aminmax_dim": { both(try T.aminmax(dim: 1)) },
      "aminmax_keepdim": { both(try T.aminmax(dim: 0, keepdim: true)) },
      "aminmax_int": { both(try I.aminmax()) },
      "aminmax_bool": { both(try B.aminmax()) },
      "aminmax_nan": { both(try NAN.aminmax(dim: 1)) },
      "aminmax_0d": { both(try S.aminmax(dim: 0)) },
      "aminmax_empty": { both(try E.aminmax()) },
      "aminmax_empty_dim": { both(try E.aminmax(dim: 0)) },
      "aminmax_empty_rows": { both(try E.aminmax(dim: 1)) },
      "aminmax_grad": { both(try X.detach().requiresGrad_().aminmax()) },
      "dist": { r(try Tensor.dist(X, Tensor.zeros([3]))) },
      "dist_p1": { r(try Tensor.dist(X, Tensor.zeros([3]), p: 1)) },
      "dist_p0": { r(try Tensor.dist(X, X.flip([1]), p: 0)) },
      "dist_inf": { r(try Tensor.dist(X, Tensor.ones([3]), p: .infinity)) },
      "dist_int": { r(try Tensor.dist(I, I)) },
      "dist_shape": { r(try Tensor.dist(X, Tensor.ones([2]))) },
      "dist_double": { r(try Tensor.dist(X, Tensor.ones([3], dtype: .float64))) },
      "dist_grad": { r(try Tensor.dist(X.detach().requiresGrad_(), X.flip([1]))) },
      "tril_indices": { try indices(3, 3, lower: true) },
      "triu_indices": { try indices(3, 4, 1, lower: false) },
      "tril_indices_offset": { try indices(3, 3, -1, lower: true) },
      "tril_indices_empty": { try indices(0, 0, lower: true) },
      "tril_indices_negative": { try indices(-1, 2, lower: true) },
      "triu_indices_negative_col": { try indices(2, -3, lower: false) },
      "triu_indices_low_offset": { try indices(2, 3, -5, lower: false) },
      "tril_indices_int32": { try indices(3, 3, lower: true, dtype: .int32) },
      "tril_indices_float": { try indices(3, 3, lower: true, dtype: .float32) },
      "searchsorted": { r(try sorted.searchsorted(intVector([3, 6]))) },
      "searchsorted_right": { r(try sorted.searchsorted(intVector([3, 6]), right: true)) },
      "searchsorted_rows": {
        r(try intVector([1, 3, 2, 4]).reshape([2, 2]).searchsorted(intVector([2, 3]).reshape([2, 1])))
      },
      "searchsorted_int32": { r(try intVector([1, 3]).searchsorted(intVector([2]), outInt32: true)) },
      "searchsorted_bad_shape": { r(try intVector([1, 3]).reshape([1, 2]).searchsorted(intVector([2]))) },
      "searchsorted_mixed": { r(try intVector([1, 3]).searchsorted(vector([2]))) },
      "searchsorted_nan": { r(try vector([1, .nan]).searchsorted(vector([.nan, 5]))) },
      "bucketize": { r(try intVector([3, 6]).reshape([1, 2]).bucketize(sorted, right: true)) },
      "bucketize_2d_boundaries": { r(try intVector([3]).bucketize(intVector([1, 3]).reshape([1, 2]))) },
    ]
  }
}

extension TensorAPIExpressions {
  /// `cross`, `heaviside`, `float_power` and `histc`.
  static func crossAndHistograms() throws -> [String: () throws -> String] {
    let X = try Operands().X
    let ones = try Tensor.ones([2, 2])
    let step = try vector([-1, 0]).requiresGrad_()
    return [
      "cross": { r(try X.cross(X.flip([1]))) },
      "cross_dim": { r(try X.t().cross(X.t().flip([0]), dim: 0)) },
      "cross_length": { r(try ones.cross(ones)) },
      "cross_length_dim": { r(try X.cross(X, dim: 0)) },
      "cross_rank": { r(try Tensor.ones([3]).cross(Tensor.ones([2, 3]))) },
      "cross_int": { r(try intVector([1, 2, 3]).cross(intVector([4, 5, 6]))) },
      "cross_dtypes": { r(try Tensor.ones([3]).cross(Tensor.ones([3], dtype: .float64))) },
      "cross_grad": { r(try X.detach().requiresGrad_().cross(X)) },
      "heaviside": { r(try vector([-1, 0, 2, .nan]).heaviside(vector([0.5]))) },
      "heaviside_int": { r(try intVector([-1, 0, 2]).heaviside(intVector([7]))) },
      "heaviside_dtypes": { r(try vector([-1, 0]).heaviside(intVector([1]))) },
      "heaviside_grad": { r(try step.heaviside(vector([1]))) },
      "heaviside_backward": {
        try step.heaviside(vector([1])).sum().backward()
        return "None"
      },
      "float_power": { r(try Tensor.floatPower(.tensor(intVector([2, 3])), .int(2))) },
      "float_power_tensor": {
        r(try Tensor.floatPower(.tensor(vector([2, 3])), .tensor(intVector([2, 1]))))
      },
      "float_power_base": { r(try Tensor.floatPower(.int(2), .tensor(vector([1, 2])))) },
      "float_power_half": { r(try Tensor.floatPower(.tensor(vector([4])), .float(0.5))) },
      "float_power_grad": { r(try Tensor.floatPower(.tensor(vector([2, 3]).requiresGrad_()), .int(2))) },
      "histc": { r(try vector([1, 2, 1]).histc(bins: 4, min: 0, max: 3)) },
      "histc_range": { r(try vector([1, 2, 1, 5]).histc(bins: 8)) },
      "histc_edges": { r(try vector([0, 3, 1.5, -1, 4]).histc(bins: 3, min: 0, max: 3)) },
      "histc_single_value": { r(try vector([1, 1]).histc(bins: 3)) },
      "histc_empty": { r(try vector([]).histc(bins: 3)) },
      "histc_zero_bins": { r(try vector([1, 2, 1]).histc(bins: 0)) },
      "histc_int": { r(try intVector([1, 2]).histc(bins: 2)) },
      "histc_reversed": { r(try vector([1, 2]).histc(bins: 2, min: 3, max: 1)) },
      "histc_double": { r(try vector([1, 2]).double().histc(bins: 2)) },
      "histc_grad": { r(try vector([1, 2]).requiresGrad_().histc(bins: 2)) },
      "scatter_inplace_value": {
        let y = try X.detach().requiresGrad_().mul(.int(1))
        return r(
          try y.inPlace {
            try $0.scatter(dim: 1, index: intVector([0, 2]).reshape([2, 1]), value: .float(5))
          })
      },
      "scatter_inplace_src": {
        let y = try X.detach().requiresGrad_().mul(.int(1))
        let index = try intVector([1, 0, 1]).reshape([1, 3])
        return r(try y.inPlace { try $0.scatter(dim: 0, index: index, source: Tensor.ones([1, 3])) })
      },
      "scatter_inplace_leaf": {
        let y = try X.detach().requiresGrad_()
        return r(
          try y.inPlace {
            try $0.scatter(dim: 1, index: intVector([0, 2]).reshape([2, 1]), value: .float(5))
          })
      },
      "scatter_inplace_plain": {
        r(
          try X.clone().inPlace {
            try $0.scatter(dim: 1, index: intVector([0, 2]).reshape([2, 1]), value: .float(5))
          })
      },
      "cumprod_inplace": {
        r(try X.detach().requiresGrad_().mul(.int(1)).inPlace { try $0.cumprod(dim: 1) })
      },
      "log1p_inplace": { r(try X.detach().requiresGrad_().mul(.int(1)).inPlace { try $0.log1p() }) },
      "histc_tenths": {
        r(
          try Tensor.arange(start: .float(0), end: .float(1.01), step: .float(0.1)).histc(
            bins: 10, min: 0, max: 1))
      },
    ]
  }
}
