import Autograd
import PythonRuntime

/// `nn.MaxPool2d(kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False)`
/// and `nn.AvgPool2d(kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
/// divisor_override=None)`; a missing stride is the kernel size.
final class Pool2dModule: NNModule {
  let isMax: Bool

  init(isMax: Bool, type: TypeObject) {
    self.isMax = isMax
    super.init(type: type)
  }

  // `original` is always a Pool2dModule: NNModule's copy calls this through `type(of:)`.
  required init(twinOf original: NNModule) {
    isMax = (original as? Pool2dModule)?.isMax ?? true
    super.init(twinOf: original)
  }

  private static func parameters(isMax: Bool) -> [Signature.Parameter] {
    let shared: [Signature.Parameter] = [
      "kernel_size", .init("stride", default: .none), .init("padding", default: .int(0)),
    ]
    if isMax {
      return shared + [
        .init("dilation", default: .int(1)), .init("return_indices", default: .bool(false)),
        .init("ceil_mode", default: .bool(false)),
      ]
    }
    return shared + [
      .init("ceil_mode", default: .bool(false)), .init("count_include_pad", default: .bool(true)),
      .init("divisor_override", default: .none),
    ]
  }

  static let types: [TypeObject] = [true, false].map { isMax in
    moduleType(isMax ? "MaxPool2d" : "AvgPool2d", Pool2dModule.self, file: "pooling") { type, arguments, _ in
      let module = Pool2dModule(isMax: isMax, type: type)
      let call = try TorchCall(
        python: arguments, method: true, Signature("\(module.className).__init__", parameters(isMax: isMax)))
      for parameter in parameters(isMax: isMax) { module.attributes[parameter.name] = call[parameter.name] }
      if call["stride"].isNone { module.attributes["stride"] = call["kernel_size"] }
      return .native(module)
    }
  }

  private func ints(_ name: String) throws -> [Int] {
    if case .int(let number) = setting(name) { return [number] }
    guard let values = try TorchValues.intList(setting(name)) else {
      throw NNError.type("\(name) must be an int or a tuple of ints")
    }
    return values
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    let kernel = try ints("kernel_size")
    let stride = try ints("stride")
    let padding = try ints("padding")
    let ceilMode = try context.truthValue(setting("ceil_mode"))
    if isMax {
      let dilation = try ints("dilation")
      let withIndices = try context.truthValue(setting("return_indices"))
      return try TorchBridge.run(context) {
        let (values, indices) = try input.maxPool2d(
          kernelSize: kernel, stride: stride, padding: padding, dilation: dilation, ceilMode: ceilMode)
        return withIndices
          ? .tuple([TensorObject.value(values), TensorObject.value(indices)]) : TensorObject.value(values)
      }
    }
    let includePad = try context.truthValue(setting("count_include_pad"))
    let divisor = setting("divisor_override").isNone ? nil : try setting("divisor_override").asInt()
    return try TorchBridge.run(context) {
      TensorObject.value(
        try input.avgPool2d(
          kernelSize: kernel, stride: stride, padding: padding, ceilMode: ceilMode,
          countIncludePad: includePad,
          divisorOverride: divisor))
    }
  }

  override func extraRepr() -> String {
    let names =
      isMax
      ? ["kernel_size", "stride", "padding", "dilation", "ceil_mode"] : ["kernel_size", "stride", "padding"]
    return names.map { "\($0)=\(ValueFormatter.repr(setting($0)))" }.joined(separator: ", ")
  }
}
