import Autograd
import PythonRuntime

/// Reductions: `sum`, `mean`, `max`, `min`, `argmax`, `argmin` (each also `torch.<name>(input, …)`).
extension TensorMethods {
  static let reductions: [TensorMethod] = [
    summing("sum", whole: { try $0.sum(dtype: $1) }, along: { try $0.sum(dims: $1, keepdim: $2, dtype: $3) }),
    summing(
      "mean", whole: { try $0.mean(dtype: $1) }, along: { try $0.mean(dims: $1, keepdim: $2, dtype: $3) }),
    extremum(
      "max", whole: { try $0.max() }, along: { try $0.max(dim: $1, keepdim: $2) }, pairwise: Tensor.maximum),
    extremum(
      "min", whole: { try $0.min() }, along: { try $0.min(dim: $1, keepdim: $2) }, pairwise: Tensor.minimum),
    position("argmax", whole: { try $0.argmax() }, along: { try $0.argmax(dim: $1, keepdim: $2) }),
    position("argmin", whole: { try $0.argmin() }, along: { try $0.argmin(dim: $1, keepdim: $2) }),
  ]

  /// `sum`/`mean(dim=None, keepdim=False, *, dtype=None)`.
  private static func summing(
    _ name: String, whole: @escaping @Sendable (Tensor, DType?) throws -> Tensor,
    along: @escaping @Sendable (Tensor, [Int], Bool, DType?) throws -> Tensor
  ) -> TensorMethod {
    let parameters: [Signature.Parameter] = [
      .init("dim", default: .none), .init("keepdim", default: .bool(false)),
      .init("dtype", default: .none, keywordOnly: true),
    ]
    return TensorMethod(name, parameters, torch: .same) { tensor, call, _ in
      let dtype = try call.dtype("dtype")
      let keepdim = try call.bool("keepdim")
      if let dims = try call.dims("dim") { return value(try along(tensor, dims, keepdim, dtype)) }
      return value(try whole(tensor, dtype))
    }
  }

  /// `max`/`min()`: the extremum; `(dim, keepdim=False)`: values and indices; `(other)`: elementwise.
  private static func extremum(
    _ name: String, whole: @escaping @Sendable (Tensor) throws -> Tensor,
    along: @escaping @Sendable (Tensor, Int, Bool) throws -> (values: Tensor, indices: Tensor),
    pairwise: @escaping @Sendable (Tensor, Tensor) throws -> Tensor
  ) -> TensorMethod {
    TensorMethod(name, [.init("dim", default: .none), .init("keepdim", default: .bool(false))], torch: .same)
    {
      tensor, call, _ in
      if let other = TorchValues.tensor(call["dim"]) { return value(try pairwise(tensor, other)) }
      guard let dim = try call.optionalInt("dim") else { return value(try whole(tensor)) }
      let pair = try along(tensor, dim, try call.bool("keepdim"))
      return .native(
        ReturnTypesObject(
          ReductionResult(typeName: "torch.return_types.\(name)", values: pair.values, indices: pair.indices))
      )
    }
  }

  /// `argmax`/`argmin(dim=None, keepdim=False)`.
  private static func position(
    _ name: String, whole: @escaping @Sendable (Tensor) throws -> Tensor,
    along: @escaping @Sendable (Tensor, Int, Bool) throws -> Tensor
  ) -> TensorMethod {
    TensorMethod(name, [.init("dim", default: .none), .init("keepdim", default: .bool(false))], torch: .same)
    {
      tensor, call, _ in
      let keepdim = try call.bool("keepdim")
      guard let dim = try call.optionalInt("dim") else { return value(try whole(tensor)) }
      return value(try along(tensor, dim, keepdim))
    }
  }
}
