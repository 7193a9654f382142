import Autograd
import PythonRuntime

/// `nn.Conv2d(in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1,
/// bias=True, padding_mode='zeros')`, initialised as PyTorch's `reset_parameters` draws.
final class Conv2dModule: NNModule {
  static let type = moduleType("Conv2d", Conv2dModule.self, file: "conv") { type, arguments, context in
    let call = try TorchCall(
      python: arguments, method: true,
      Signature(
        "Conv2d.__init__",
        [
          "in_channels", "out_channels", "kernel_size", .init("stride", default: .int(1)),
          .init("padding", default: .int(0)), .init("dilation", default: .int(1)),
          .init("groups", default: .int(1)),
          .init("bias", default: .bool(true)), .init("padding_mode", default: .string("zeros")),
          .init("device", default: .none), .init("dtype", default: .none),
        ]))
    let inChannels = try call.int("in_channels")
    let outChannels = try call.int("out_channels")
    let groups = try call.int("groups")
    guard groups > 0 else { throw NNError.value("groups must be a positive integer") }
    guard inChannels % groups == 0 else { throw NNError.value("in_channels must be divisible by groups") }
    guard outChannels % groups == 0 else { throw NNError.value("out_channels must be divisible by groups") }
    guard try call["padding_mode"].asString() == "zeros" else {
      throw NNError.value("Gradbook's Conv2d supports padding_mode='zeros' only")
    }
    let kernel = try pair(call, "kernel_size")
    let module = Conv2dModule(type: type)
    module.attributes["in_channels"] = .int(inChannels)
    module.attributes["out_channels"] = .int(outChannels)
    module.attributes["kernel_size"] = tuple(kernel)
    module.attributes["stride"] = tuple(try pair(call, "stride"))
    if case .string(let text) = call["padding"] {
      _ = try Functional.convolutionPadding(call, "padding", context)
      module.attributes["padding"] = .string(text)
    } else {
      module.attributes["padding"] = tuple(try pair(call, "padding"))
    }
    module.attributes["dilation"] = tuple(try pair(call, "dilation"))
    module.attributes["groups"] = .int(groups)
    module.attributes["padding_mode"] = .string("zeros")
    let dtype = try call.dtype("dtype") ?? .float32
    try TorchBridge.run(context) {
      let weight = try Tensor.empty([outChannels, inChannels / groups] + kernel, dtype: dtype)
      let bias = try call.bool("bias") ? try Tensor.empty([outChannels], dtype: dtype) : nil
      try NNInit.resetLayerParameters(weight: weight, bias: bias, isConvolution: true)
      module.parameters.set("weight", try ParameterObject.make(from: weight))
      module.parameters.set("bias", try bias.map { try ParameterObject.make(from: $0) })
    }
    return .native(module)
  }

  /// An int or pair of ints as two ints (`3` → `(3, 3)`).
  private static func pair(_ call: TorchCall, _ name: String) throws -> [Int] {
    let values = try Functional.intsOrInt(call, name)
    return values.count == 1 ? [values[0], values[0]] : values
  }

  private static func tuple(_ values: [Int]) -> Value { .tuple(values.map { .int($0) }) }

  private func ints(_ name: String) throws -> [Int] {
    guard case .tuple(let items) = setting(name) else { return [] }
    return try items.map { try $0.asInt() }
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    let padding: Tensor.ConvolutionPadding
    if case .string(let text) = setting("padding") {
      padding = try TorchBridge.run(context) { try Tensor.ConvolutionPadding(string: text) }
    } else {
      padding = .explicit(try ints("padding"))
    }
    let stride = try ints("stride")
    let dilation = try ints("dilation")
    let groups = try setting("groups").asInt()
    return try TorchBridge.run(context) {
      guard let weight = parameterTensor("weight") else {
        throw NNError.type("conv2d(): argument 'weight' (position 2) must be Tensor, not NoneType")
      }
      return TensorObject.value(
        try Tensor.conv2d(
          input, weight: weight, bias: parameterTensor("bias"), stride: stride, padding: padding,
          dilation: dilation, groups: groups))
    }
  }

  override func extraRepr() -> String {
    func text(_ name: String) -> String {
      if case .string(let value) = setting(name) { return value }
      return ValueFormatter.repr(setting(name))
    }
    var result =
      "\(text("in_channels")), \(text("out_channels")), kernel_size=\(text("kernel_size")), stride=\(text("stride"))"
    if text("padding") != "(0, 0)" { result += ", padding=\(text("padding"))" }
    if text("dilation") != "(1, 1)" { result += ", dilation=\(text("dilation"))" }
    if text("groups") != "1" { result += ", groups=\(text("groups"))" }
    if parameterTensor("bias") == nil { result += ", bias=False" }
    return result
  }
}
