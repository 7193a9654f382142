import Autograd
import PythonRuntime

/// Views and reshaping: `view`, `reshape`, `expand`, `permute`, `transpose`, `squeeze`, `narrow`, …
extension TensorMethods {
  static let views: [TensorMethod] = [
    unary("t", torch: .same) { try $0.t() },
    TensorMethod("view", [.init("size", default: .none)], variadic: "sizes") { tensor, call, _ in
      value(try tensor.view(try call.shape()))
    },
    // torch.reshape takes the shape as one sequence; the method also takes it spread out.
    TensorMethod(
      "reshape", [.init("shape", default: .none)], variadic: "sizes", torch: .parameters(["input", "shape"])
    ) {
      tensor, call, _ in value(try tensor.reshape(try call.shape("shape")))
    },
    withTensor("view_as") { try $0.viewAs($1) },
    withTensor("reshape_as") { try $0.reshape($1.shape) },
    TensorMethod("expand", [.init("size", default: .none)], variadic: "sizes") { tensor, call, _ in
      value(try tensor.expand(try call.shape()))
    },
    withTensor("expand_as") { try $0.expandAs($1) },
    // torch.permute takes the dims as one sequence; the method also takes them spread out.
    TensorMethod(
      "permute", [.init("dims", default: .none)], variadic: "more", torch: .parameters(["input", "dims"])
    ) {
      tensor, call, _ in value(try tensor.permute(try call.shape("dims")))
    },
    TensorMethod("unsqueeze", ["dim"], torch: .same) { tensor, call, _ in
      value(try tensor.unsqueeze(try call.int("dim")))
    },
    TensorMethod("squeeze", [.init("dim", default: .none)], torch: .same) { tensor, call, _ in
      if case .int = call["dim"] { return value(try tensor.squeeze(dim: try call.int("dim"))) }
      if call.has("dim"), let dims = try call.dims("dim") {
        var result = tensor
        for dim in dims.map({ $0 < 0 ? $0 + tensor.rank : $0 }).sorted(by: >) {
          result = try result.squeeze(dim: dim)
        }
        return value(result)
      }
      return value(try tensor.squeeze())
    },
    TensorMethod(
      "flatten", [.init("start_dim", default: .int(0)), .init("end_dim", default: .int(-1))], torch: .same
    ) {
      tensor, call, _ in
      value(try tensor.flatten(startDim: try call.int("start_dim"), endDim: try call.int("end_dim")))
    },
    TensorMethod("transpose", ["dim0", "dim1"], torch: .same) { tensor, call, _ in
      value(try tensor.transpose(try call.int("dim0"), try call.int("dim1")))
    },
    TensorMethod("narrow", ["dim", "start", "length"], torch: .same) { tensor, call, _ in
      value(
        try tensor.narrow(
          dim: try call.int("dim"), start: try call.int("start"), length: try call.int("length")))
    },
    TensorMethod("select", ["dim", "index"], torch: .same) { tensor, call, _ in
      value(try tensor.select(dim: try call.int("dim"), index: try call.int("index")))
    },
  ]
}
