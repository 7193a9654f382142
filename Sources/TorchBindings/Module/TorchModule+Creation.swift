import Autograd
import PythonRuntime

/// `torch` functions that make tensors: `tensor`, `zeros`, `ones`, `empty`, `full`, `eye`, `arange`,
/// `linspace` and the `*_like` family (and `from_numpy`, which explains that numpy is absent).
extension TorchModule {
  static let creation: [BuiltinFunction] = [
    BuiltinFunction(name: "tensor") { arguments, context in
      let call = try TorchCall(arguments, Signature("tensor", ["data"] + factoryOptions))
      try checkDevice(call)
      let dtype = try call.dtype("dtype")
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        if let source = TorchValues.tensor(call["data"]) {
          context.warn(
            "UserWarning",
            "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor)."
          )
          var copy = try source.detach().clone()
          if let dtype { copy = try copy.to(dtype) }
          if requiresGrad { try copy.requiresGrad_(true) }
          return TensorObject.value(copy)
        }
        let data = try TensorDataReader.read(call["data"], dtype: dtype)
        return TensorObject.value(try Tensor.tensor(data, dtype: dtype, requiresGrad: requiresGrad))
      }
    },
    // numpy is absent, so there is never an ndarray to convert; say so and name the torch way in.
    BuiltinFunction(name: "from_numpy") { arguments, _ in
      _ = try TorchCall(arguments, Signature("from_numpy", ["ndarray"]))
      throw PythonError(
        .runtimeError,
        "numpy is not available in Gradbook, so there is no ndarray to convert; use torch.tensor(data) to make a tensor from Python numbers or lists"
      )
    },
    sized("zeros") { try Tensor.zeros($0, dtype: $1, requiresGrad: $2) },
    sized("ones") { try Tensor.ones($0, dtype: $1, requiresGrad: $2) },
    sized("empty") { try Tensor.empty($0, dtype: $1, requiresGrad: $2) },
    BuiltinFunction(name: "full") { arguments, context in
      let call = try TorchCall(
        arguments, Signature("full", ["size", "fill_value"] + factoryOptions + [factoryOut]))
      try checkDevice(call)
      let shape = try call.intList("size")
      let value = try call.scalar("fill_value")
      return try factoryResult(call, context) { try Tensor.full(shape, value, dtype: $0, requiresGrad: $1) }
    },
    BuiltinFunction(name: "eye") { arguments, context in
      let call = try TorchCall(
        arguments, Signature("eye", ["n", .init("m", default: .none)] + factoryOptions + [factoryOut]))
      try checkDevice(call)
      let rows = try call.int("n")
      let columns = try call.optionalInt("m")
      _ = try checkedCount([rows, columns ?? rows], context: context)
      return try factoryResult(call, context) {
        try Tensor.eye(rows, columns, dtype: $0 ?? .float32, requiresGrad: $1)
      }
    },
    BuiltinFunction(name: "arange") { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          "arange",
          [.init("start", default: .none), .init("end", default: .none), .init("step", default: .none)]
            + factoryOptions + [factoryOut]))
      try checkDevice(call)
      let start: Scalar
      let end: Scalar
      if call.has("end") {
        start = try call.optionalScalar("start") ?? .int(0)
        end = try call.scalar("end")
      } else {
        guard call.has("start") else {
          throw PythonError.typeError("arange() missing 1 required positional arguments: \"end\"")
        }
        start = .int(0)
        end = try call.scalar("start")
      }
      let step = try call.optionalScalar("step") ?? .int(1)
      return try factoryResult(call, context) {
        try Tensor.arange(start: start, end: end, step: step, dtype: $0, requiresGrad: $1)
      }
    },
    BuiltinFunction(name: "linspace") { arguments, context in
      let call = try TorchCall(
        arguments, Signature("linspace", ["start", "end", "steps"] + factoryOptions + [factoryOut]))
      try checkDevice(call)
      let start = try call.double("start")
      let end = try call.double("end")
      let steps = try call.int("steps")
      return try factoryResult(call, context) {
        try Tensor.linspace(start, end, steps: steps, dtype: $0 ?? .float32, requiresGrad: $1)
      }
    },
    like("zeros_like") { try Tensor.zerosLike($0, dtype: $1, requiresGrad: $2) },
    like("ones_like") { try Tensor.onesLike($0, dtype: $1, requiresGrad: $2) },
    like("empty_like") { try Tensor.zerosLike($0, dtype: $1, requiresGrad: $2) },
    BuiltinFunction(name: "full_like") { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          "full_like",
          ["input", "fill_value"] + factoryOptions + [
            .init("memory_format", default: .none, keywordOnly: true)
          ]))
      try checkDevice(call)
      let input = try call.tensor("input")
      let value = try call.scalar("fill_value")
      let dtype = try call.dtype("dtype")
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        TensorObject.value(try Tensor.fullLike(input, value, dtype: dtype, requiresGrad: requiresGrad))
      }
    },
  ]

  /// Keyword-only options every factory accepts.
  static let factoryOptions: [Signature.Parameter] = [
    .init("dtype", default: .none, keywordOnly: true),
    .init("device", default: .none, keywordOnly: true),
    .init("requires_grad", default: .bool(false), keywordOnly: true),
    .init("layout", default: .none, keywordOnly: true),
    .init("pin_memory", default: .bool(false), keywordOnly: true),
  ]

  /// `out=` of the factories that take it (`zeros`, `rand`, `arange`, …; not `tensor` nor the `*_like` family).
  static let factoryOut = Signature.Parameter("out", default: .none, keywordOnly: true)

  /// A factory's result: `make(dtype, requiresGrad)` with the requested dtype (nil: the factory's default), or,
  /// with `out=`, made in out's dtype (a different `dtype=` is refused) and written into out, which is resized
  /// silently, as PyTorch's factories do, and then takes `requires_grad=`.
  static func factoryResult(
    _ call: TorchCall, _ context: NativeContext, _ make: (DType?, Bool) throws -> Tensor
  ) throws -> Value {
    let dtype = try call.dtype("dtype")
    let requiresGrad = try call.bool("requires_grad")
    guard call.has("out") else {
      return try TorchBridge.run(context) { TensorObject.value(try make(dtype, requiresGrad)) }
    }
    let out = try call.tensor("out")
    if let dtype, dtype != out.dtype {
      throw PythonError(
        .runtimeError,
        "dtype \(dtype.scalarTypeName) does not match dtype of out parameter (\(out.dtype.scalarTypeName))")
    }
    try TorchBridge.run(context) {
      try Tensor.writeOut(
        out, function: "aten::\(call.functionName)", inputs: [], dtypeRule: .exact, resizeWarning: false
      ) { try make(out.dtype, false) }
      if requiresGrad { try out.requiresGrad_(true) }
    }
    return call["out"]
  }

  static func checkDevice(_ call: TorchCall) throws {
    switch call["device"] {
    case .none: return
    case .string(let device) where device == "cpu": return
    case .native(let object) where object is DeviceObject: return
    default:
      throw PythonError(
        .runtimeError,
        "Gradbook runs on the CPU only (got device \(ValueFormatter.repr(call["device"])))")
    }
  }

  /// A factory `name(*size, dtype=, requires_grad=)`.
  static func sized(_ name: String, _ make: @escaping @Sendable ([Int], DType, Bool) throws -> Tensor)
    -> BuiltinFunction
  {
    BuiltinFunction(name: name) { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          name, [.init("size", default: .none)] + factoryOptions + [factoryOut], variadicPositional: "sizes"))
      try checkDevice(call)
      let shape = try call.shape()
      return try factoryResult(call, context) { try make(shape, $0 ?? .float32, $1) }
    }
  }

  /// `name(input, dtype=, requires_grad=)` creating a tensor shaped like `input`.
  private static func like(
    _ name: String, _ make: @escaping @Sendable (Tensor, DType?, Bool) throws -> Tensor
  )
    -> BuiltinFunction
  {
    BuiltinFunction(name: name) { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          name, ["input"] + factoryOptions + [.init("memory_format", default: .none, keywordOnly: true)]))
      try checkDevice(call)
      let input = try call.tensor("input")
      let dtype = try call.dtype("dtype")
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) { TensorObject.value(try make(input, dtype, requiresGrad)) }
    }
  }

  /// The element count of `shape` within the session's tensor budget.
  static func checkedCount(_ shape: [Int], context: NativeContext) throws -> Int {
    var count = 1
    for size in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: Swift.max(size, 0))
      if overflow || product > context.limits.tensorElements {
        throw PythonError(
          .runtimeError,
          "a tensor of shape \(TensorPrinter.sizeRepr(shape)) is larger than Gradbook allows (\(context.limits.tensorElements) elements)"
        )
      }
      count = product
    }
    return count
  }

}
