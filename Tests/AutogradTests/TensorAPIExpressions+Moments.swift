@testable import Autograd

/// `var_mean`/`std_mean`, `isclose`, `diff` and writing results into `out=` tensors.
extension TensorAPIExpressions {
  static func moments() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, I, B, NAN, E) = (o.X, o.I, o.B, o.NAN, o.E)
    let S = try Tensor.scalar(.float(1))
    func both(_ pair: (Tensor, Tensor)) -> String { tuple([pair.0, pair.1]) }
    return [
      "var_mean": { both(try X.varMean()) },
      "std_mean_dim": { both(try X.stdMean(dims: [1])) },
      "var_mean_keepdim": { both(try X.varMean(dims: [0], correction: 0, keepdim: true)) },
      "var_mean_int": { both(try I.varMean()) },
      "var_mean_one": { both(try vector([1]).varMean()) },
      "std_mean_empty": { both(try E.stdMean()) },
      "var_mean_grad": { both(try X.detach().requiresGrad_().varMean(dims: [1])) },
      "isclose": { r(try X.isclose(X.add(.float(1e-6)))) },
      "isclose_nan_inf": { r(try NAN.isclose(NAN)) },
      "isclose_equal_nan": { r(try NAN.isclose(NAN, equalNaN: true)) },
      "isclose_int": { r(try I.isclose(I.add(Tensor.tensor(.list([.int(0), .int(1), .int(0)]))))) },
      "isclose_int_rtol": { r(try I.isclose(I.add(.int(1)), rtol: 0.2)) },
      "isclose_bool": { r(try B.isclose(B)) },
      "isclose_dtypes": { r(try X.isclose(X.double())) },
      "isclose_negative_rtol": { r(try X.isclose(X, rtol: -1)) },
      "isclose_negative_atol": { r(try X.isclose(X, atol: -0.5)) },
      "isclose_rtol": { r(try vector([1, 2, 100]).isclose(vector([1.1, 2.5, 101]), rtol: 0.1)) },
      "isclose_atol_only": { r(try vector([1, 2]).isclose(vector([1.5, 2.6]), rtol: 0, atol: 0.5)) },
      "isclose_zero_tolerance": { r(try vector([1, 2]).isclose(vector([1, 2.0001]), rtol: 0, atol: 0)) },
      "isclose_half": {
        r(try vector([1, 1000]).half().isclose(vector([1.001, 1001]).half(), rtol: 1e-3))
      },
      "isclose_broadcast": { r(try X.isclose(vector([1, 0, 3]))) },
      "isclose_shape": { r(try X.isclose(Tensor.ones([2]))) },
      "diff": { r(try X.diff()) },
      "diff_bool": { r(try Tensor.tensor(.list([.bool(true), .bool(false), .bool(false)])).diff()) },
      "diff_int": { r(try Tensor.tensor(.list([.int(1), .int(4), .int(9)])).diff()) },
      "diff_n_big": { r(try X.diff(n: 5)) },
      "diff_n0": { r(try X.detach().requiresGrad_().diff(n: 0)) },
      "diff_negative": { r(try X.diff(n: -1)) },
      "diff_0d": { r(try S.diff()) },
      "diff_prepend_rank": { r(try X.diff(prepend: Tensor.zeros([2]))) },
      "diff_prepend_shape": { r(try X.diff(prepend: Tensor.zeros([3, 1]))) },
      "diff_append_dim0": { r(try X.diff(dim: 0, append: Tensor.zeros([1, 3]))) },
      "diff_bad_dim": { r(try X.diff(dim: 2)) },
    ]
  }

  /// `op(..., out=out)` expressions.
  static func outArguments() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, I) = (o.X, o.I)
    func add(_ a: Tensor, _ b: Operand, out: Tensor) throws -> String {
      r(try Tensor.writeOut(out, function: "add", inputs: [a] + b.tensors) { try a.add(b) })
    }
    return [
      "out_add": { try add(X, .tensor(X), out: Tensor.empty([2, 3])) },
      "out_resize_empty": {
        r(try Tensor.writeOut(Tensor.empty([0]), function: "mul", inputs: [X, X]) { try X.mul(.tensor(X)) })
      },
      "out_resize_warns": { try add(X, .tensor(X), out: Tensor.zeros([2])) },
      "out_double": { try add(X, .tensor(X), out: Tensor.zeros([2, 3], dtype: .float64)) },
      "out_cast_refused": { try add(X, .tensor(X), out: Tensor.zeros([2, 3], dtype: .int64)) },
      "out_int_to_float": { try add(I, .tensor(I), out: Tensor.zeros([2, 3])) },
      "out_requires_grad_input": {
        try add(X.detach().requiresGrad_(), .tensor(X), out: Tensor.empty([2, 3]))
      },
      "out_requires_grad_out": { try add(X, .tensor(X), out: Tensor.empty([2, 3], requiresGrad: true)) },
      "out_no_grad": {
        try AutogradContext.current.withMode(.noGrad) {
          try add(X.detach().requiresGrad_(), .float(1), out: Tensor.empty([2, 3]))
        }
      },
      "out_partial_overlap": {
        let x = try arange(4)
        return try add(
          x.narrow(dim: 0, start: 0, length: 2), .float(1), out: x.narrow(dim: 0, start: 1, length: 2))
      },
      "out_same_tensor": {
        let x = try arange(4)
        try Tensor.writeOut(x, function: "mul", inputs: [x]) { try x.mul(.float(2)) }
        return r(x)
      },
      "out_expanded": { try add(X, .tensor(X), out: Tensor.zeros([3]).expand([2, 3])) },
      "out_matmul_exact": {
        r(
          try Tensor.writeOut(
            Tensor.empty([0], dtype: .float64), function: "matmul", inputs: [X], dtypeRule: .exact
          ) {
            try X.matmul(X.t())
          })
      },
      "out_matmul": {
        r(
          try Tensor.writeOut(Tensor.empty([2, 2]), function: "matmul", inputs: [X], dtypeRule: .exact) {
            try X.matmul(X.t())
          })
      },
      "out_shape_error": { try add(X, .tensor(Tensor.ones([2])), out: Tensor.empty([0])) },
    ]
  }

  /// `logit`, `sinc`, `deg2rad`/`rad2deg`, `nansum`/`nanmean` and `logcumsumexp`.
  static func nanReductions() throws -> [String: () throws -> String] {
    let o = try Operands()
    let (X, I, B, NAN) = (o.X, o.I, o.B, o.NAN)
    let S = try Tensor.scalar(.float(1))
    let ints = try Tensor.tensor(.list([.int(1), .int(2)]))
    let gaps = try floats([[1, .nan, 3], [.nan, .nan, 2]])
    return [
      "logit_int": { r(try ints.logit()) },
      "logit_negative_eps": { r(try vector([0.5, 2]).logit(eps: -1)) },
      "logit_eps": { r(try vector([0, 0.3, 1]).logit(eps: 0.25)) },
      "sinc_bool": { r(try Tensor.tensor(.list([.bool(true), .bool(false)])).sinc()) },
      "sinc_half": { r(try vector([0.5, 1.5]).half().sinc()) },
      "deg2rad_int": { r(try Tensor.tensor(.list([.int(180), .int(90)])).deg2rad()) },
      "deg2rad_bool": { r(try Tensor.tensor(.list([.bool(true)])).deg2rad()) },
      "rad2deg_double": { r(try vector([3.1416]).double().rad2deg()) },
      "rad2deg_half": { r(try vector([1]).half().rad2deg()) },
      "nansum": { r(try NAN.nansum()) },
      "nansum_dim": { r(try floats([[1, .nan], [.nan, .nan]]).nansum(dims: [0])) },
      "nansum_keepdim": { r(try floats([[1, .nan], [2, 3]]).nansum(dims: [1], keepdim: true)) },
      "nansum_dtype": { r(try vector([1, .nan]).nansum(dtype: .float64)) },
      "nansum_int": { r(try I.nansum(dims: [1])) },
      "nansum_bool": { r(try B.nansum()) },
      "nansum_grad": { r(try vector([1, .nan]).requiresGrad_().nansum()) },
      "nanmean": { r(try gaps.nanmean()) },
      "nanmean_dim": { r(try gaps.nanmean(dims: [0])) },
      "nanmean_keepdim": { r(try gaps.nanmean(dims: [1], keepdim: true)) },
      "nanmean_int": { r(try I.nanmean()) },
      "nanmean_all_nan": { r(try vector([.nan]).nanmean()) },
      "nanmean_grad": { r(try vector([1, .nan]).requiresGrad_().nanmean()) },
      "logcumsumexp": { r(try X.logcumsumexp(dim: 1)) },
      "logcumsumexp_nan": { r(try NAN.logcumsumexp(dim: 1)) },
      "logcumsumexp_infinities": {
        r(try vector([-.infinity, -.infinity, 1, .infinity, .infinity]).logcumsumexp(dim: 0))
      },
      "logcumsumexp_int": { r(try I.logcumsumexp(dim: 0)) },
      "logcumsumexp_0d": { r(try S.logcumsumexp(dim: 0)) },
      "logcumsumexp_grad": { r(try X.detach().requiresGrad_().logcumsumexp(dim: 0)) },
    ]
  }
}
