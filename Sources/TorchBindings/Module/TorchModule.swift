import Autograd
import PythonRuntime
import Foundation

/// `import torch`: creation functions, math on tensors, grad modes, RNG, dtypes, `Size`, `Tensor`
/// and `torch.autograd`, all bound to the Swift engine.
enum TorchModule {
  /// The version the course and its expected outputs target.
  static let version = "2.15.0"

  /// `torch.Tensor`, for `isinstance(x, torch.Tensor)` and `type(x)`.
  static let tensorType = TypeObject.native(name: "Tensor", qualifiedName: "torch.Tensor") {
    arguments, context in
    let bound = try arguments.bind(Signature("Tensor", [], variadicPositional: "data"))
    return try TorchBridge.run(context) {
      if bound.extraPositional.count == 1, bound.extraPositional[0].sequenceElements != nil {
        return TensorObject.value(
          try Tensor.tensor(try TorchValues.tensorData(bound.extraPositional[0]), dtype: .float32))
      }
      let sizes = try bound.extraPositional.map { try $0.asInt() }
      return TensorObject.value(try Tensor.empty(sizes))
    }
  }

  /// `torch.Size`.
  static let sizeType = TypeObject.native(name: "Size", qualifiedName: "torch.Size", parent: .tuple) {
    arguments, _ in
    let bound = try arguments.bind(Signature("Size", [.init("sizes", default: .tuple([]))]))
    do {
      guard let sizes = try TorchValues.intList(bound["sizes"]) else {
        throw PythonError.typeError("'\(bound["sizes"].typeName)' object is not iterable")
      }
      return SizeObject.value(sizes)
    } catch let error as TorchValues.IntListElementError {
      throw PythonError.typeError(
        "torch.Size() takes an iterable of 'int' (item \(error.position) is '\(error.typeName)')")
    }
  }

  /// The other native types cells meet, with the names `type(x)` shows in PyTorch.
  static let otherTypes: [TypeObject] = [
    TypeObject.native(name: "dtype", qualifiedName: "torch.dtype"),
    TypeObject.native(name: "device", qualifiedName: "torch.device"),
    TypeObject.native(name: "Generator", qualifiedName: "torch._C.Generator"),
    TypeObject.native(name: "no_grad", qualifiedName: "torch.autograd.grad_mode.no_grad"),
    TypeObject.native(name: "enable_grad", qualifiedName: "torch.autograd.grad_mode.enable_grad"),
    TypeObject.native(name: "set_grad_enabled", qualifiedName: "torch.autograd.grad_mode.set_grad_enabled"),
    TypeObject.native(name: "inference_mode", qualifiedName: "torch.autograd.grad_mode.inference_mode"),
    TypeObject.native(name: "max", qualifiedName: "torch.return_types.max"),
    TypeObject.native(name: "min", qualifiedName: "torch.return_types.min"),
  ]

  /// Functions `torch.f(input, ...)` that forward to the tensor method `input.f(...)`.
  static let tensorFunctions: [String] = [
    "exp", "log", "sin", "cos", "tanh", "sigmoid", "relu", "sqrt", "abs", "sign", "reciprocal", "rsqrt",
    "neg",
    "negative", "square", "clamp", "clip", "add", "sub", "mul", "div", "floor_divide", "remainder", "sum",
    "mean",
    "max", "min", "argmax", "argmin", "matmul", "mm", "mv", "dot", "bmm", "t", "transpose", "reshape",
    "flatten",
    "squeeze", "unsqueeze", "permute", "narrow", "select", "eq", "ne", "lt", "le", "gt", "ge", "allclose",
    "equal",
    "masked_fill", "logical_not", "logical_and", "clone", "detach", "numel", "is_floating_point", "maximum",
    "minimum", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not",
  ]

  /// Dtype names PyTorch has but Gradbook's engine does not.
  static let unsupportedDTypes: Set<String> = [
    "int32", "int", "int16", "short", "int8", "uint8", "float16", "half", "bfloat16", "complex64",
    "complex128",
    "cfloat", "cdouble", "uint16", "uint32", "uint64",
  ]

  /// Builds the module for one session (whose fresh engine context has grad mode on and the default seed,
  /// as a fresh Python process would have them).
  static func make(context: NativeContext) throws -> ModuleObject {
    let module = ModuleObject(name: "torch") { name in
      if unsupportedDTypes.contains(name) {
        return PythonError(
          .attributeError,
          "torch.\(name) is not available in Gradbook; the supported dtypes are torch.float32, torch.float64, torch.int64 and torch.bool"
        )
      }
      return PythonError.attributeError("module 'torch' has no attribute '\(name)'")
    }
    module.attributes["__version__"] = .string(version)
    module.attributes["Tensor"] = .type(tensorType)
    module.attributes["Size"] = .type(sizeType)
    module.attributes["dtype"] = .type(otherTypes[0])
    _ = otherTypes.count
    for dtype in DType.allCases { module.attributes[dtype.rawValue] = DTypeObject.value(dtype) }
    module.attributes["float"] = DTypeObject.value(.float32)
    module.attributes["double"] = DTypeObject.value(.float64)
    module.attributes["long"] = DTypeObject.value(.int64)
    module.attributes["autograd"] = .module(makeAutograd())
    module.attributes["cuda"] = .module(makeCuda())
    defineCreation(module)
    defineRandom(module)
    defineGradModes(module)
    defineMisc(module)
    for name in tensorFunctions {
      module.define(name) { arguments, context in try forward(name, arguments, context: context) }
    }
    module.define("pow") { arguments, context in
      let call = try TorchCall(arguments, Signature("pow", ["input", "exponent"]))
      return try TorchBridge.run(context) {
        guard let base = TorchValues.operand(call["input"]) else {
          throw call.typeError("input", expected: "Tensor")
        }
        return TensorObject.value(try Tensor.pow(base, try call.operand("exponent")))
      }
    }
    return module
  }

  /// `torch.f(input, *rest)` → `input.f(*rest)`.
  private static func forward(_ name: String, _ arguments: Arguments, context: NativeContext) throws -> Value
  {
    var rest = arguments
    let input: Value
    if !rest.positional.isEmpty {
      input = rest.positional.removeFirst()
    } else if let position = rest.keywords.firstIndex(where: { $0.name == "input" }) {
      input = rest.keywords.remove(at: position).value
    } else {
      throw PythonError.typeError("\(name)() missing 1 required positional arguments: \"input\"")
    }
    guard let tensor = TorchValues.tensor(input) else {
      throw PythonError.typeError(
        "\(name)(): argument 'input' (position 1) must be Tensor, not \(input.typeName)")
    }
    do {
      return try TorchBridge.run(context) {
        try TensorObject.invoke(name, on: tensor, rest, context: context)
      }
    } catch let error as PythonError where error.isInstance(of: .typeError) {
      throw countingInput(error, name)
    }
  }

  /// Rewrites `f() takes 0 positional arguments but 1 was given` (counted without `input`) to count it.
  private static func countingInput(_ error: PythonError, _ name: String) -> PythonError {
    let prefix = "\(name)() takes "
    guard error.message.hasPrefix(prefix), error.message.contains(" positional argument") else {
      return error
    }
    var words = error.message.dropFirst(prefix.count).split(separator: " ").map(String.init)
    for index in words.indices {
      if let number = Int(words[index]), number < Int.max { words[index] = String(number + 1) }
    }
    for index in words.indices {
      if words[index].hasPrefix("argument"), index > 1, words[index - 2] == "1" || words[index - 1] == "1" {
        words[index] = words[index - 2] == "1" ? "argument" : words[index]
      } else if words[index].hasPrefix("argument") {
        words[index] = "arguments"
      }
      if words[index] == "was" { words[index] = "were" }
    }
    return PythonError(.typeError, prefix + words.joined(separator: " "))
  }

  /// Keyword-only options every factory accepts (computed: parameter defaults are cell values, which
  /// are not shareable between sessions).
  private static var factoryOptions: [Signature.Parameter] {
    [
      .init("dtype", default: .none, keywordOnly: true),
      .init("device", default: .none, keywordOnly: true),
      .init("requires_grad", default: .bool(false), keywordOnly: true),
      .init("layout", default: .none, keywordOnly: true),
      .init("out", default: .none, keywordOnly: true),
      .init("pin_memory", default: .bool(false), keywordOnly: true),
    ]
  }

  private static func checkDevice(_ call: TorchCall) throws {
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

  /// Defines a factory `name(*size, dtype=, requires_grad=)`.
  private static func defineSized(
    _ module: ModuleObject, _ name: String, _ make: @escaping ([Int], DType, Bool) throws -> Tensor
  ) {
    module.define(name) { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(name, [.init("size", default: .none)] + factoryOptions, variadicPositional: "sizes"))
      try checkDevice(call)
      let shape = try call.shape()
      let dtype = try call.dtype("dtype") ?? .float32
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) { TensorObject.value(try make(shape, dtype, requiresGrad)) }
    }
  }

  /// Defines `name(input, dtype=, requires_grad=)` creating a tensor shaped like `input`.
  private static func defineLike(
    _ module: ModuleObject, _ name: String, _ make: @escaping (Tensor, DType?, Bool) throws -> Tensor
  ) {
    module.define(name) { arguments, context in
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

  private static func defineCreation(_ module: ModuleObject) {
    module.define("tensor") { arguments, context in
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
        let data = try TorchValues.tensorData(call["data"])
        return TensorObject.value(try Tensor.tensor(data, dtype: dtype, requiresGrad: requiresGrad))
      }
    }
    defineSized(module, "zeros") { try Tensor.zeros($0, dtype: $1, requiresGrad: $2) }
    defineSized(module, "ones") { try Tensor.ones($0, dtype: $1, requiresGrad: $2) }
    defineSized(module, "empty") { try Tensor.empty($0, dtype: $1, requiresGrad: $2) }
    module.define("full") { arguments, context in
      let call = try TorchCall(arguments, Signature("full", ["size", "fill_value"] + factoryOptions))
      try checkDevice(call)
      let shape = try call.intList("size")
      let value = try call.scalar("fill_value")
      let dtype = try call.dtype("dtype")
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        TensorObject.value(try Tensor.full(shape, value, dtype: dtype, requiresGrad: requiresGrad))
      }
    }
    module.define("eye") { arguments, context in
      let call = try TorchCall(
        arguments, Signature("eye", ["n", .init("m", default: .none)] + factoryOptions))
      try checkDevice(call)
      let rows = try call.int("n")
      let columns = try call.optionalInt("m")
      let dtype = try call.dtype("dtype") ?? .float32
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        _ = try checkedCount([rows, columns ?? rows], context: context)
        return TensorObject.value(try Tensor.eye(rows, columns, dtype: dtype, requiresGrad: requiresGrad))
      }
    }
    module.define("arange") { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          "arange",
          [.init("start", default: .none), .init("end", default: .none), .init("step", default: .none)]
            + factoryOptions))
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
      let dtype = try call.dtype("dtype")
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        TensorObject.value(
          try Tensor.arange(start: start, end: end, step: step, dtype: dtype, requiresGrad: requiresGrad))
      }
    }
    module.define("linspace") { arguments, context in
      let call = try TorchCall(arguments, Signature("linspace", ["start", "end", "steps"] + factoryOptions))
      try checkDevice(call)
      let start = try call.double("start")
      let end = try call.double("end")
      let steps = try call.int("steps")
      let dtype = try call.dtype("dtype") ?? .float32
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        TensorObject.value(
          try Tensor.linspace(start, end, steps: steps, dtype: dtype, requiresGrad: requiresGrad))
      }
    }
    defineLike(module, "zeros_like") { try Tensor.zerosLike($0, dtype: $1, requiresGrad: $2) }
    defineLike(module, "ones_like") { try Tensor.onesLike($0, dtype: $1, requiresGrad: $2) }
    defineLike(module, "empty_like") { try Tensor.zerosLike($0, dtype: $1, requiresGrad: $2) }
    defineLike(module, "rand_like") { try Tensor.randLike($0, dtype: $1, requiresGrad: $2) }
    defineLike(module, "randn_like") { try Tensor.randnLike($0, dtype: $1, requiresGrad: $2) }
    module.define("full_like") { arguments, context in
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
    }
  }

  /// The element count of `shape` within the session's tensor budget.
  private static func checkedCount(_ shape: [Int], context: NativeContext) throws -> Int {
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

  private static func defineRandom(_ module: ModuleObject) {
    defineSized(module, "rand") { try Tensor.rand($0, dtype: $1, requiresGrad: $2) }
    defineSized(module, "randn") { try Tensor.randn($0, dtype: $1, requiresGrad: $2) }
    module.define("randint") { arguments, context in
      // randint(high, size) or randint(low, high, size).
      var arguments = arguments
      if arguments.positional.count == 2
        || (arguments.positional.count == 1 && arguments.keywords.contains { $0.name == "size" })
      {
        arguments.positional.insert(.int(0), at: 0)
      }
      let call = try TorchCall(
        arguments, Signature("randint", [.init("low", default: .int(0)), "high", "size"] + factoryOptions))
      try checkDevice(call)
      let low = try call.int("low")
      let high = try call.int("high")
      let shape = try call.intList("size")
      let dtype = try call.dtype("dtype") ?? .int64
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        TensorObject.value(
          try Tensor.randint(
            low: Int64(low), high: Int64(high), shape, dtype: dtype, requiresGrad: requiresGrad))
      }
    }
    module.define("manual_seed") { arguments, _ in
      let call = try TorchCall(arguments, Signature("manual_seed", ["seed"]))
      try GeneratorObject.manualSeed(call)
      return .native(GeneratorObject.shared)
    }
    module.define("initial_seed") { arguments, _ in
      _ = try TorchCall(arguments, Signature("initial_seed", []))
      return GeneratorObject.initialSeed()
    }
    module.define("seed") { arguments, _ in
      _ = try TorchCall(arguments, Signature("seed", []))
      return GeneratorObject.freshSeed()
    }
    module.attributes["default_generator"] = .native(GeneratorObject.shared)
  }

  private static func defineGradModes(_ module: ModuleObject) {
    module.define("no_grad") { arguments, _ in
      _ = try TorchCall(arguments, Signature("no_grad", []))
      return .native(GradModeContext(.noGrad))
    }
    module.define("enable_grad") { arguments, _ in
      _ = try TorchCall(arguments, Signature("enable_grad", []))
      return .native(GradModeContext(.enableGrad))
    }
    module.define("set_grad_enabled") { arguments, _ in
      let call = try TorchCall(arguments, Signature("set_grad_enabled", ["mode"]))
      return .native(GradModeContext(.setGradEnabled(try call.bool("mode"))))
    }
    module.define("inference_mode") { arguments, _ in
      let call = try TorchCall(arguments, Signature("inference_mode", [.init("mode", default: .bool(true))]))
      return .native(GradModeContext(.inferenceMode(try call.bool("mode"))))
    }
    module.define("is_grad_enabled") { arguments, _ in
      _ = try TorchCall(arguments, Signature("is_grad_enabled", []))
      return .bool(AutogradContext.current.isGradEnabled)
    }
    module.define("is_inference_mode_enabled") { arguments, _ in
      _ = try TorchCall(arguments, Signature("is_inference_mode_enabled", []))
      return .bool(AutogradContext.current.isInferenceModeEnabled)
    }
  }

  private static func defineMisc(_ module: ModuleObject) {
    module.define("is_tensor") { arguments, _ in
      let call = try TorchCall(arguments, Signature("is_tensor", ["obj"]))
      return .bool(TorchValues.tensor(call["obj"]) != nil)
    }
    module.define("get_default_dtype") { arguments, _ in
      _ = try TorchCall(arguments, Signature("get_default_dtype", []))
      return DTypeObject.value(DType.defaultFloat)
    }
    module.define("where") { arguments, context in
      let call = try TorchCall(arguments, Signature("where", ["condition", "input", "other"]))
      let condition = try call.tensor("condition")
      let input = try call.operand("input")
      let other = try call.operand("other")
      return try TorchBridge.run(context) {
        TensorObject.value(try Tensor.whereSelect(condition, input, other))
      }
    }
    for name in ["cat", "concat", "concatenate", "stack"] {
      module.define(name) { arguments, context in
        let call = try TorchCall(arguments, Signature(name, ["tensors", .init("dim", default: .int(0))]))
        let inputs = try tensors(call, "tensors")
        let dim = try call.int("dim")
        return try TorchBridge.run(context) {
          TensorObject.value(
            name == "stack" ? try Tensor.stack(inputs, dim: dim) : try Tensor.cat(inputs, dim: dim))
        }
      }
    }
    module.define("device") { arguments, _ in
      let call = try TorchCall(arguments, Signature("device", ["type"]))
      guard case .string(let type) = call["type"], type == "cpu" else {
        throw PythonError(
          .runtimeError,
          "Gradbook runs on the CPU only (got device \(ValueFormatter.repr(call["type"])))")
      }
      return .native(DeviceObject.cpu)
    }
  }

  /// `torch.autograd`: `grad` and `backward`.
  static func makeAutograd() -> ModuleObject {
    let module = ModuleObject(name: "torch.autograd")
    module.define("grad") { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          "grad",
          [
            "outputs", "inputs", .init("grad_outputs", default: .none), .init("retain_graph", default: .none),
            .init("create_graph", default: .bool(false)), .init("only_inputs", default: .bool(true)),
            .init("allow_unused", default: .none), .init("is_grads_batched", default: .bool(false)),
            .init("materialize_grads", default: .bool(false)),
          ]))
      let outputs = try tensors(call, "outputs")
      let inputs = try tensors(call, "inputs")
      var gradOutputs: [Tensor?]?
      if call.has("grad_outputs") {
        if let single = TorchValues.tensor(call["grad_outputs"]) {
          gradOutputs = [single]
        } else if let elements = call["grad_outputs"].sequenceElements {
          gradOutputs = try elements.map { element in
            if element.isNone { return nil }
            guard let tensor = TorchValues.tensor(element) else {
              throw call.typeError("grad_outputs", expected: "Tensor")
            }
            return tensor
          }
        } else {
          throw call.typeError("grad_outputs", expected: "Tensor")
        }
      }
      let retain: Bool? = call.has("retain_graph") ? try context.truthValue(call["retain_graph"]) : nil
      let createGraph = try context.truthValue(call["create_graph"])
      let allowUnused = call.has("allow_unused") ? try context.truthValue(call["allow_unused"]) : false
      let materialize = try context.truthValue(call["materialize_grads"])
      return try TorchBridge.run(context) {
        let grads = try Tensor.grad(
          outputs: outputs, inputs: inputs, gradOutputs: gradOutputs, retainGraph: retain,
          createGraph: createGraph,
          allowUnused: allowUnused, materializeGrads: materialize)
        return .tuple(grads.map { TensorObject.value($0) })
      }
    }
    module.define("Variable") { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          "Variable",
          ["data", .init("requires_grad", default: .bool(false)), .init("volatile", default: .bool(false))]))
      let data = try call.tensor("data")
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        let variable = data.detach()
        if requiresGrad { try variable.requiresGrad_(true) }
        return TensorObject.value(variable)
      }
    }
    module.define("backward") { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          "backward",
          [
            "tensors", .init("grad_tensors", default: .none), .init("retain_graph", default: .none),
            .init("create_graph", default: .bool(false)), .init("grad_variables", default: .none),
            .init("inputs", default: .none),
          ]))
      let outputs = try tensors(call, "tensors")
      var seeds: [Tensor?] = Array(repeating: nil, count: outputs.count)
      if call.has("grad_tensors") {
        if let single = TorchValues.tensor(call["grad_tensors"]) {
          seeds = [single]
        } else if let elements = call["grad_tensors"].sequenceElements {
          seeds = elements.map { TorchValues.tensor($0) }
        }
      }
      let retain: Bool? = call.has("retain_graph") ? try context.truthValue(call["retain_graph"]) : nil
      let createGraph = try context.truthValue(call["create_graph"])
      try TorchBridge.run(context) {
        try Tensor.backward(outputs, gradients: seeds, retainGraph: retain, createGraph: createGraph)
      }
      return .none
    }
    return module
  }

  /// One tensor or a sequence of tensors.
  private static func tensors(_ call: TorchCall, _ name: String) throws -> [Tensor] {
    if let single = TorchValues.tensor(call[name]) { return [single] }
    guard let elements = call[name].sequenceElements else { throw call.typeError(name, expected: "Tensor") }
    return try elements.map { element in
      guard let tensor = TorchValues.tensor(element) else {
        throw call.typeError(name, expected: "tuple of Tensors")
      }
      return tensor
    }
  }

  /// `torch.cuda`: never available in Gradbook.
  static func makeCuda() -> ModuleObject {
    let module = ModuleObject(name: "torch.cuda")
    module.define("is_available") { arguments, _ in
      _ = try TorchCall(arguments, Signature("is_available", []))
      return .bool(false)
    }
    module.define("device_count") { arguments, _ in
      _ = try TorchCall(arguments, Signature("device_count", []))
      return .int(0)
    }
    return module
  }
}
