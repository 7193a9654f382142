@testable import Autograd

/// The second batch: transcendental functions, running products and extrema, repetition, masks and trace.
extension TensorAPIExpressions {
  static func more() throws -> [String: () throws -> String] {
    var table = try moreElementwise()
    for (name, body) in try moreSelections() { table[name] = body }
    for (name, body) in try orderStatistics() { table[name] = body }
    for (name, body) in try binaryMath() { table[name] = body }
    return table
  }

  static func moreElementwise() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, I, B, NAN, E) = (o.X, o.I, o.B, o.NAN, o.E)
    let S = try Tensor.scalar(.float(1))
    let T = try floats([[3, 1, 2, 1], [0, 5, 5, -1]])
    func ints(_ values: [Int64], dtype: DType = .int64) throws -> Tensor {
      try Tensor.tensor(.list(values.map { .int($0) }), dtype: dtype)
    }
    return [
      "log1p_int": { r(try I.log1p()) },
      "expm1_bool": { r(try B.expm1()) },
      "log2_half": { r(try vector([1, 8, 0]).half().log2()) },
      "atan_bfloat16": { r(try vector([1, -2]).bfloat16().atan()) },
      "erf_edges": { r(try vector([0, .infinity, -.infinity, .nan]).erf()) },
      "tan_grad": { r(try X.detach().requiresGrad_().tan()) },
      "cumprod_int": { r(try I.cumprod(dim: 1)) },
      "cumprod_bool": { r(try B.cumprod(dim: 0)) },
      "cumprod_int8": { r(try ints([100, 3], dtype: .int8).cumprod(dim: 0)) },
      "cumprod_dtype": { r(try I.cumprod(dim: 0, dtype: .float32)) },
      "cumprod_bad_dim": { r(try X.cumprod(dim: 2)) },
      "cumprod_0d": { r(try S.cumprod(dim: 0)) },
      "cumprod_empty": { r(try E.cumprod(dim: 0)) },
      "cummax": { pair("cummax", try T.cummax(dim: 1)) },
      "cummin_nan": { pair("cummin", try NAN.cummin(dim: 1)) },
      "cummax_int": { pair("cummax", try I.cummax(dim: 0)) },
      "cummin_bool": { pair("cummin", try B.cummin(dim: 0)) },
      "cummax_0d": { pair("cummax", try S.cummax(dim: 0)) },
      "cummax_empty": { pair("cummax", try E.cummax(dim: 0)) },
      "cummax_bad_dim": { pair("cummax", try X.cummax(dim: -3)) },
      "repeat": { r(try X.repeated([2, 1, 2])) },
      "repeat_too_few": { r(try X.repeated([2])) },
      "repeat_negative": { r(try X.repeated([-1, 2])) },
      "repeat_zero": { r(try X.repeated([0, 2])) },
      "repeat_0d": { r(try S.repeated([2])) },
      "repeat_overflow": { r(try X.repeated([1 << 62, 4, 1])) },
      "tile_short": { r(try X.tile([2])) },
      "tile_empty": { r(try X.tile([])) },
      "tile_negative": { r(try X.tile([2, -1])) },
      "roll_flat": { r(try X.roll(shifts: [1], dims: [])) },
      "roll_dim": { r(try X.roll(shifts: [-1], dims: [1])) },
      "roll_dims": { r(try X.roll(shifts: [1, 1], dims: [0, 1])) },
      "roll_same_dim": { r(try X.roll(shifts: [1, 1], dims: [1, 1])) },
      "roll_misaligned": { r(try X.roll(shifts: [1], dims: [0, 1])) },
      "roll_misaligned_shifts": { r(try X.roll(shifts: [1, 2], dims: [0])) },
      "roll_bad_dim": { r(try X.roll(shifts: [1], dims: [2])) },
      "roll_big_shift": { r(try X.roll(shifts: [7], dims: [1])) },
      "roll_empty": { r(try E.roll(shifts: [1], dims: [0])) },
      "roll_0d": { r(try S.roll(shifts: [1], dims: [])) },
      "roll_0d_dim": { r(try S.roll(shifts: [1], dims: [0])) },
      "roll_no_shifts": { r(try X.roll(shifts: [], dims: [])) },
      "roll_int": { r(try I.roll(shifts: [1], dims: [0])) },
    ]
  }

  static func moreSelections() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, I, B, NAN, E) = (o.X, o.I, o.B, o.NAN, o.E)
    let S = try Tensor.scalar(.float(1))
    let mask = try Tensor.tensor(.list([.bool(true), .bool(false), .bool(true)]))
    return [
      "masked_select": { r(try X.maskedSelect(X.gt(.int(2)))) },
      "masked_select_broadcast": { r(try X.maskedSelect(mask)) },
      "masked_select_int_mask": { r(try X.maskedSelect(Tensor.tensor(.list([.int(1), .int(0), .int(1)])))) },
      "masked_select_shape": { r(try X.maskedSelect(Tensor.ones([3, 3], dtype: .bool))) },
      "masked_select_mask_larger": {
        r(try X.select(dim: 0, index: 0).maskedSelect(Tensor.ones([2, 3], dtype: .bool)))
      },
      "masked_select_none": { r(try X.maskedSelect(X.gt(.int(9)))) },
      "masked_select_grad": { r(try X.detach().requiresGrad_().maskedSelect(X.gt(.int(2)))) },
      "nonzero": { r(try X.sub(.int(3)).relu().nonzero()) },
      "nonzero_0d": { r(try Tensor.scalar(.float(0)).nonzero()) },
      "nonzero_0d_true": { r(try S.nonzero()) },
      "nonzero_empty": { r(try Tensor.zeros([2, 0]).nonzero()) },
      "nonzero_nan": { r(try NAN.nonzero()) },
      "nonzero_bool": { r(try B.nonzero()) },
      "argwhere": { r(try I.sub(.int(2)).relu().nonzero()) },
      "count_nonzero": { r(try NAN.countNonzero()) },
      "count_nonzero_dim": { r(try X.sub(.int(2)).relu().countNonzero(dims: [0])) },
      "count_nonzero_dims": { r(try X.countNonzero(dims: [0, 1])) },
      "count_nonzero_bad_dim": { r(try X.countNonzero(dims: [2])) },
      "count_nonzero_repeated": { r(try X.countNonzero(dims: [0, 0])) },
      "count_nonzero_0d": { r(try S.countNonzero()) },
      "trace": { r(try X.trace()) },
      "trace_int": { r(try I.t().trace()) },
      "trace_int8": { r(try Tensor.ones([2, 2], dtype: .int8).trace()) },
      "trace_half": { r(try Tensor.ones([2, 2], dtype: .float16).trace()) },
      "trace_bool": { r(try Tensor.ones([2, 2], dtype: .bool).trace()) },
      "trace_vector": { r(try Tensor.ones([3]).trace()) },
      "trace_3d": { r(try Tensor.ones([2, 2, 2]).trace()) },
      "trace_empty": { r(try E.trace()) },
    ]
  }

  static func orderStatistics() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, I, B, NAN, E) = (o.X, o.I, o.B, o.NAN, o.E)
    let S = try Tensor.scalar(.float(1))
    let T = try floats([[3, 1, 2, 1], [0, 5, 5, -1]])
    func ints(_ values: [Int64]) throws -> Tensor { try Tensor.tensor(.list(values.map { .int($0) })) }
    return [
      "kthvalue": { pair("kthvalue", try T.kthvalue(2)) },
      "kthvalue_dim0_keep": { pair("kthvalue", try T.kthvalue(1, dim: 0, keepdim: true)) },
      "kthvalue_int": { pair("kthvalue", try I.kthvalue(3)) },
      "kthvalue_half": { pair("kthvalue", try vector([2, 1]).half().kthvalue(1)) },
      "kthvalue_nan": { pair("kthvalue", try NAN.kthvalue(3)) },
      "kthvalue_bool": { pair("kthvalue", try B.kthvalue(1)) },
      "kthvalue_0d": { pair("kthvalue", try S.kthvalue(1)) },
      "kthvalue_0d_k2": { pair("kthvalue", try S.kthvalue(2)) },
      "kthvalue_k0": { pair("kthvalue", try X.kthvalue(0)) },
      "kthvalue_k_big": { pair("kthvalue", try X.kthvalue(4)) },
      "kthvalue_empty_dim": { pair("kthvalue", try E.kthvalue(1, dim: 0)) },
      "kthvalue_empty_rows": { pair("kthvalue", try E.kthvalue(1)) },
      "kthvalue_bad_dim": { pair("kthvalue", try X.kthvalue(1, dim: 2)) },
      "kthvalue_grad": { pair("kthvalue", try X.detach().requiresGrad_().kthvalue(2)) },
      "mode": { pair("mode", try T.mode()) },
      "mode_dim0_keep": { pair("mode", try T.mode(dim: 0, keepdim: true)) },
      "mode_int": { pair("mode", try ints([1, 2, 2, 3, 3]).mode()) },
      "mode_bool": {
        pair("mode", try Tensor.tensor(.list([.bool(true), .bool(false), .bool(true)])).mode())
      },
      "mode_half": { pair("mode", try vector([1, 2]).half().mode()) },
      "mode_nan": { pair("mode", try vector([.nan, 1, .nan]).mode()) },
      "mode_0d": { pair("mode", try S.mode()) },
      "mode_empty": { pair("mode", try E.mode()) },
      "mode_empty_rows": { pair("mode", try E.mode(dim: 0)) },
      "mode_grad": { pair("mode", try X.detach().requiresGrad_().mode()) },
    ]
  }

  static func binaryMath() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, I, B) = (o.X, o.I, o.B)
    func ints(_ values: [Int64]) throws -> Tensor { try Tensor.tensor(.list(values.map { .int($0) })) }
    let twice = try X.mul(.int(2))
    return [
      "atan2_int": { r(try I.atan2(I.flip([1]))) },
      "atan2_grad": { r(try X.detach().requiresGrad_().atan2(X)) },
      "atan2_shape": { r(try X.atan2(Tensor.ones([2]))) },
      "hypot": { r(try X.hypot(X)) },
      "hypot_int": { r(try I.hypot(I)) },
      "logaddexp_inf": {
        r(try vector([.infinity, -.infinity, 1]).logaddexp(vector([.infinity, -.infinity, 2])))
      },
      "logaddexp_int": { r(try I.logaddexp(I)) },
      "fmod": { r(try Tensor.fmod(vector([-3, 3, 5.5]), .tensor(vector([2, -2, 0])))) },
      "fmod_int": { r(try Tensor.fmod(ints([-3, 3, 7]), .int(2))) },
      "fmod_int_zero": { r(try Tensor.fmod(I, .tensor(ints([1, 0, 1])))) },
      "fmod_bool": { r(try Tensor.fmod(B, .tensor(B))) },
      "fmod_grad": { r(try Tensor.fmod(X.detach().requiresGrad_(), .float(2.5))) },
      "xlogy": { r(try vector([0, 0, 2]).xlogy(vector([0, .nan, 3]))) },
      "xlogy_int": { r(try I.xlogy(I)) },
      "lerp": { r(try X.lerp(twice, weight: .float(0.25))) },
      "lerp_tensor_weight": { r(try X.lerp(twice, weight: .tensor(vector([0, 0.5, 1])))) },
      "lerp_int": { r(try I.lerp(I, weight: .float(0.5))) },
      "lerp_int_tensor_weight": { r(try I.lerp(I, weight: .tensor(I))) },
      "lerp_end_dtype": { r(try X.lerp(X.double(), weight: .float(0.5))) },
      "lerp_weight_dtype": { r(try X.lerp(X, weight: .tensor(vector([0.5]).double()))) },
      "lerp_grad": { r(try X.detach().requiresGrad_().lerp(X, weight: .tensor(Tensor.scalar(.float(0.5))))) },
      "addcmul": { r(try X.addcmul(X, X, value: .int(2))) },
      "addcmul_int": { r(try I.addcmul(I, I, value: .int(2))) },
      "addcdiv": { r(try X.addcdiv(X, vector([1, 0, 2]), value: .float(0.5))) },
      "addcdiv_int": { r(try I.addcdiv(I, I)) },
      "addcdiv_grad": { r(try X.addcdiv(X.detach().requiresGrad_(), X)) },
    ]
  }
}
