import Autograd
import PythonRuntime

/// Issue 12's index-driven reads and writes and triangles (most also `torch.<name>(input, …)`): `gather`,
/// `scatter(_)`, `scatter_add(_)`, `index_select`, `index_add(_)`, `index_fill(_)`, `index_put(_)`,
/// `tril`/`triu`, `diag`, `diagonal` and `outer`. Each in-place form records the out-of-place op
/// through `inPlace`, as PyTorch names its node after the out-of-place op.
extension TensorMethods {
  static let scattering: [TensorMethod] =
    [
      TensorMethod(
        "gather",
        [.init("dim"), .init("index"), .init("sparse_grad", default: .bool(false), keywordOnly: true)],
        torch: .same
      ) { tensor, call, _ in
        value(try tensor.gather(dim: try call.int("dim"), index: try call.tensor("index")))
      },
      TensorMethod("index_select", [.init("dim"), .init("index")], torch: .same) { tensor, call, _ in
        value(try tensor.indexSelect(dim: try call.int("dim"), index: try call.tensor("index")))
      },
      TensorMethod("tril", [.init("diagonal", default: .int(0))], torch: .same) { tensor, call, _ in
        value(try tensor.tril(diagonal: try call.int("diagonal")))
      },
      TensorMethod("triu", [.init("diagonal", default: .int(0))], torch: .same) { tensor, call, _ in
        value(try tensor.triu(diagonal: try call.int("diagonal")))
      },
      TensorMethod("diag", [.init("diagonal", default: .int(0))], torch: .same) { tensor, call, _ in
        value(try tensor.diag(try call.int("diagonal")))
      },
      TensorMethod(
        "diagonal",
        [
          .init("offset", default: .int(0)), .init("dim1", default: .int(0)), .init("dim2", default: .int(1)),
        ],
        torch: .same
      ) { tensor, call, _ in
        value(
          try tensor.diagonal(
            offset: try call.int("offset"), dim1: try call.int("dim1"), dim2: try call.int("dim2")))
      },
      withTensor("outer", "vec2", torch: .same) { try $0.outer($1) },
      withTensor("ger", "vec2", torch: .same) { try $0.outer($1) },
    ]
    + writes(inPlace: false) + writes(inPlace: true)

  /// `scatter`, `scatter_add`, `index_add`, `index_fill` and `index_put`, or their `_` forms.
  private static func writes(inPlace: Bool) -> [TensorMethod] {
    let suffix = inPlace ? "_" : ""
    let torch: TensorMethod.Function = inPlace ? .none : .same
    /// Runs `op` on the receiver, or in place on it for the `_` form.
    @Sendable func apply(_ tensor: Tensor, _ op: (Tensor) throws -> Tensor) throws -> Value {
      value(inPlace ? try tensor.inPlace { try op($0) } : try op(tensor))
    }
    return [
      TensorMethod(
        "scatter" + suffix,
        [
          .init("dim"), .init("index"), .init("src", default: .none), .init("value", default: .none),
          .init("reduce", default: .none, keywordOnly: true),
        ], torch: torch
      ) { tensor, call, _ in
        let dim = try call.int("dim")
        let index = try call.tensor("index")
        let reduce = try reduction(call)
        if let source = TorchValues.tensor(call["src"]) {
          return try apply(tensor) { try $0.scatter(dim: dim, index: index, source: source, reduce: reduce) }
        }
        let name = call.has("src") ? "src" : "value"
        guard call.has(name) else {
          throw PythonError(.typeError, "scatter\(suffix)() missing 1 required positional arguments: \"src\"")
        }
        let scalar = try call.scalar(name)
        return try apply(tensor) { try $0.scatter(dim: dim, index: index, value: scalar, reduce: reduce) }
      },
      TensorMethod("scatter_add" + suffix, [.init("dim"), .init("index"), .init("src")], torch: torch) {
        tensor, call, _ in
        let (dim, index, source) = (try call.int("dim"), try call.tensor("index"), try call.tensor("src"))
        return try apply(tensor) { try $0.scatterAdd(dim: dim, index: index, source: source) }
      },
      TensorMethod(
        "index_add" + suffix,
        [.init("dim"), .init("index"), .init("source"), .init("alpha", default: .int(1), keywordOnly: true)],
        torch: torch
      ) { tensor, call, _ in
        let (dim, index) = (try call.int("dim"), try call.tensor("index"))
        var source = try call.tensor("source")
        let alpha = try call.scalar("alpha")
        if alpha.doubleValue != 1 { source = try source.mul(.scalar(alpha)) }
        return try apply(tensor) { [source] in try $0.indexAdd(dim: dim, index: index, source: source) }
      },
      TensorMethod("index_fill" + suffix, [.init("dim"), .init("index"), .init("value")], torch: torch) {
        tensor, call, _ in
        let (dim, index, fill) = (try call.int("dim"), try call.tensor("index"), try call.scalar("value"))
        return try apply(tensor) { try $0.indexFill(dim: dim, index: index, value: fill) }
      },
      TensorMethod(
        "index_put" + suffix,
        [.init("indices"), .init("values"), .init("accumulate", default: .bool(false))],
        torch: torch
      ) { tensor, call, _ in
        let indices = try TorchModule.tensors(call, "indices")
        let (values, accumulate) = (try call.tensor("values"), try call.bool("accumulate"))
        if inPlace { return value(try tensor.indexPut_(indices, values: values, accumulate: accumulate)) }
        return value(try tensor.indexPut(indices, values: values, accumulate: accumulate))
      },
    ]
  }

  /// `scatter`'s `reduce='add' | 'multiply'`.
  private static func reduction(_ call: TorchCall) throws -> Tensor.ScatterReduction? {
    guard call.has("reduce") else { return nil }
    guard case .string(let name) = call["reduce"], let reduce = Tensor.ScatterReduction(rawValue: name) else {
      throw PythonError(.runtimeError, "reduce argument must be either add or multiply.")
    }
    return reduce
  }
}
