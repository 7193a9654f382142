import Autograd
import PythonRuntime

/// Issue 12's repeating, rotating and differencing methods (most also `torch.<name>(input, …)`): `repeat`,
/// `tile`, `roll`, `rot90`, `movedim`, `diff`, `take`, `take_along_dim`, `nansum` and `nanmean`.
extension TensorMethods {
  static let rearranging: [TensorMethod] = [
    TensorMethod("repeat", [.init("repeats", default: .none)], variadic: "sizes") { tensor, call, _ in
      value(try tensor.repeated(try call.shape("repeats")))
    },
    TensorMethod("tile", [.init("dims")], torch: .same) { tensor, call, _ in
      value(try tensor.tile(try call.dims("dims") ?? []))
    },
    TensorMethod("roll", [.init("shifts"), .init("dims", default: .none)], torch: .same) { tensor, call, _ in
      value(try tensor.roll(shifts: try call.dims("shifts") ?? [], dims: try call.dims("dims") ?? []))
    },
    TensorMethod("rot90", [.init("k", default: .int(1)), .init("dims", default: .none)], torch: .same) {
      tensor, call, _ in
      value(try tensor.rot90(try call.int("k"), dims: try call.dims("dims") ?? [0, 1]))
    },
    TensorMethod("movedim", [.init("source"), .init("destination")], torch: .same) { tensor, call, _ in
      value(try tensor.movedim(try call.dims("source") ?? [], try call.dims("destination") ?? []))
    },
    TensorMethod(
      "diff",
      [
        .init("n", default: .int(1)), .init("dim", default: .int(-1)), .init("prepend", default: .none),
        .init("append", default: .none),
      ], torch: .same
    ) { tensor, call, _ in
      value(
        try tensor.diff(
          n: try call.int("n"), dim: try call.int("dim"), prepend: try call.optionalTensor("prepend"),
          append: try call.optionalTensor("append")))
    },
    withTensor("take", "index", torch: .same) { try $0.take($1) },
    TensorMethod("take_along_dim", [.init("indices"), .init("dim", default: .none)], torch: .same) {
      tensor, call, _ in
      value(try tensor.takeAlongDim(try call.tensor("indices"), dim: try call.optionalInt("dim")))
    },
    TensorMethod(
      "nansum",
      [
        .init("dim", default: .none), .init("keepdim", default: .bool(false)),
        .init("dtype", default: .none, keywordOnly: true),
      ], torch: .same
    ) { tensor, call, _ in
      value(
        try tensor.nansum(
          dims: try call.dims("dim"), keepdim: try call.bool("keepdim"), dtype: try call.dtype("dtype")))
    },
    TensorMethod(
      "nanmean", [.init("dim", default: .none), .init("keepdim", default: .bool(false))], torch: .same
    ) {
      tensor, call, _ in
      value(try tensor.nanmean(dims: try call.dims("dim"), keepdim: try call.bool("keepdim")))
    },
  ]
}
