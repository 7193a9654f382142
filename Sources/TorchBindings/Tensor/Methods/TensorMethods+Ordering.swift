import Autograd
import PythonRuntime

/// Issue 12's splitting and ordering methods (most also `torch.<name>(input, …)`): `chunk`, `split` and
/// `unbind` (tuples of views), `t_`, `sort`, `argsort`, `msort`, `topk` and `median`.
extension TensorMethods {
  static let ordering: [TensorMethod] = [
    TensorMethod("chunk", [.init("chunks"), .init("dim", default: .int(0))], torch: .same) {
      tensor, call, _ in
      tuple(try tensor.chunk(try call.int("chunks"), dim: try call.int("dim")))
    },
    // `split_size_or_sections`: one int (equal pieces, the last smaller) or a list of sizes.
    TensorMethod("split", [.init("split_size"), .init("dim", default: .int(0))], torch: .same) {
      tensor, call, _ in
      let dim = try call.int("dim")
      if case .int(let size) = call["split_size"] {
        return tuple(try tensor.split(size: size, dim: dim))
      }
      return tuple(try tensor.split(sizes: try call.intList("split_size"), dim: dim))
    },
    TensorMethod("unbind", [.init("dim", default: .int(0))], torch: .same) { tensor, call, _ in
      tuple(try tensor.unbind(dim: try call.int("dim")))
    },
    unary("t_") { try $0.t_() },
    TensorMethod(
      "sort",
      [
        .init("dim", default: .int(-1)), .init("descending", default: .bool(false)),
        .init("stable", default: .none, keywordOnly: true),
      ], torch: .same
    ) { tensor, call, _ in
      let stable: Bool? = call.has("stable") ? try call.bool("stable") : nil
      let result = try tensor.sort(
        dim: try call.int("dim"), descending: try call.bool("descending"), stable: stable)
      return returnTypes("sort", result)
    },
    TensorMethod(
      "argsort",
      [
        .init("dim", default: .int(-1)), .init("descending", default: .bool(false)),
        .init("stable", default: .bool(false), keywordOnly: true),
      ], torch: .same
    ) { tensor, call, _ in
      value(
        try tensor.argsort(
          dim: try call.int("dim"), descending: try call.bool("descending"),
          stable: try call.bool("stable")))
    },
    unary("msort", torch: .same) { try $0.msort() },
    TensorMethod(
      "topk",
      [
        .init("k"), .init("dim", default: .int(-1)), .init("largest", default: .bool(true)),
        .init("sorted", default: .bool(true)),
      ], torch: .same
    ) { tensor, call, _ in
      let result = try tensor.topk(
        try call.int("k"), dim: try call.int("dim"), largest: try call.bool("largest"),
        sorted: try call.bool("sorted"))
      return returnTypes("topk", result)
    },
    TensorMethod(
      "median", [.init("dim", default: .none), .init("keepdim", default: .bool(false))],
      torch: .same
    ) {
      tensor, call, _ in
      guard let dim = try call.optionalInt("dim") else { return value(try tensor.median()) }
      return returnTypes("median", try tensor.median(dim: dim, keepdim: try call.bool("keepdim")))
    },
  ]

  /// A Python tuple of the tensors, as PyTorch returns the pieces of a split.
  private static func tuple(_ tensors: [Tensor]) -> Value { .tuple(tensors.map(value)) }

  /// `torch.return_types.<name>(values=..., indices=...)`.
  private static func returnTypes(_ name: String, _ result: (values: Tensor, indices: Tensor))
    -> Value
  {
    .native(
      ReturnTypesObject(
        ReductionResult(
          typeName: "torch.return_types.\(name)", values: result.values, indices: result.indices)))
  }
}
