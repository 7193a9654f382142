import Autograd
import PythonRuntime

/// Issue 12's products, running sums and spreads (each also `torch.<name>(input, …)`): `prod`, `cumsum`,
/// `flip`, `var`, `std`, `norm`, `logsumexp`, `amax` and `amin`.
extension TensorMethods {
  static let statistics: [TensorMethod] = [
    TensorMethod(
      "prod",
      [
        .init("dim", default: .none), .init("keepdim", default: .bool(false)),
        .init("dtype", default: .none, keywordOnly: true),
      ], torch: .same
    ) { tensor, call, _ in
      let dtype = try call.dtype("dtype")
      guard let dim = try call.optionalInt("dim") else { return value(try tensor.prod(dtype: dtype)) }
      return value(try tensor.prod(dim: dim, keepdim: try call.bool("keepdim"), dtype: dtype))
    },
    TensorMethod("cumsum", [.init("dim"), .init("dtype", default: .none, keywordOnly: true)], torch: .same) {
      tensor, call, _ in
      value(try tensor.cumsum(dim: try call.int("dim"), dtype: try call.dtype("dtype")))
    },
    // The method takes `flip(0, 1)` as well as `flip((0, 1))`; `torch.flip(input, dims)` only the latter.
    TensorMethod(
      "flip", [.init("dims", default: .none)], variadic: "more",
      torch: .parameters([.init("input"), .init("dims")])
    ) { tensor, call, _ in
      value(try tensor.flip(try call.shape("dims")))
    },
    spread("var") { try $0.variance(dims: $1, correction: $2, keepdim: $3) },
    spread("std") { try $0.std(dims: $1, correction: $2, keepdim: $3) },
    TensorMethod(
      "norm",
      [
        .init("p", default: .string("fro")), .init("dim", default: .none),
        .init("keepdim", default: .bool(false)), .init("dtype", default: .none),
      ], torch: .same
    ) { tensor, call, _ in
      var input = tensor
      if let dtype = try call.dtype("dtype") { input = try tensor.to(dtype) }
      return value(
        try input.norm(p: try order(call), dims: try call.dims("dim"), keepdim: try call.bool("keepdim")))
    },
    TensorMethod("logsumexp", [.init("dim"), .init("keepdim", default: .bool(false))], torch: .same) {
      tensor, call, _ in
      value(try tensor.logsumexp(dims: try call.dims("dim") ?? [], keepdim: try call.bool("keepdim")))
    },
    extent("amax") { try $0.amax(dims: $1, keepdim: $2) },
    extent("amin") { try $0.amin(dims: $1, keepdim: $2) },
  ]

  /// `norm`'s `p`: a number, or `'fro'` (the 2-norm of the flattened values).
  private static func order(_ call: TorchCall) throws -> Double {
    if case .string(let name) = call["p"] {
      guard name == "fro" else {
        throw PythonError(.runtimeError, "norm: p = \(name) is not supported for vector norms")
      }
      return 2
    }
    return try call.double("p")
  }

  /// `var`/`std(dim=None, unbiased=True, keepdim=False, *, correction=None)`; a bool first argument is
  /// `unbiased`, as in PyTorch's `var(unbiased)` overload.
  private static func spread(
    _ name: String, _ op: @escaping @Sendable (Tensor, [Int]?, Double, Bool) throws -> Tensor
  ) -> TensorMethod {
    let parameters: [Signature.Parameter] = [
      .init("dim", default: .none), .init("unbiased", default: .none),
      .init("keepdim", default: .bool(false)),
      .init("correction", default: .none, keywordOnly: true),
    ]
    return TensorMethod(name, parameters, torch: .same) { tensor, call, _ in
      var dims: [Int]? = nil
      var unbiased: Bool? = nil
      if case .bool(let flag) = call["dim"] { unbiased = flag } else { dims = try call.dims("dim") }
      if call.has("unbiased") { unbiased = try call.bool("unbiased") }
      var correction = 1.0
      if let unbiased { correction = unbiased ? 1 : 0 }
      if call.has("correction") {
        if unbiased != nil {
          throw PythonError(.runtimeError, "\(name): Cannot pass both unbiased and correction arguments")
        }
        correction = try call.double("correction")
      }
      return value(try op(tensor, dims, correction, try call.bool("keepdim")))
    }
  }

  /// `amax`/`amin(dim=(), keepdim=False)`: the empty `dim` reduces everything.
  private static func extent(
    _ name: String, _ op: @escaping @Sendable (Tensor, [Int], Bool) throws -> Tensor
  ) -> TensorMethod {
    TensorMethod(
      name, [.init("dim", default: .tuple([])), .init("keepdim", default: .bool(false))], torch: .same
    ) {
      tensor, call, _ in
      value(try op(tensor, try call.dims("dim") ?? [], try call.bool("keepdim")))
    }
  }
}
