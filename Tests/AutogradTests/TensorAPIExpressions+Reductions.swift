@testable import Autograd

/// Products, statistics, rounding and value tests.
extension TensorAPIExpressions {
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
}
