import Autograd
import PythonRuntime

/// `nn.AdaptiveAvgPool2d(output_size)` and `nn.AdaptiveMaxPool2d(output_size, return_indices=False)`,
/// and their functional forms `F.adaptive_avg_pool2d` / `F.adaptive_max_pool2d`.
final class AdaptivePool2dModule: NNModule {
  let isMax: Bool

  init(isMax: Bool, type: TypeObject) {
    self.isMax = isMax
    super.init(type: type)
  }

  // `original` is always a AdaptivePool2dModule: NNModule's copy calls this through `type(of:)`.
  required init(twinOf original: NNModule) {
    isMax = (original as? AdaptivePool2dModule)?.isMax ?? true
    super.init(twinOf: original)
  }

  private static func parameters(isMax: Bool) -> [Signature.Parameter] {
    isMax ? ["output_size", .init("return_indices", default: .bool(false))] : ["output_size"]
  }

  static let types: [TypeObject] = [false, true].map { isMax in
    moduleType(isMax ? "AdaptiveMaxPool2d" : "AdaptiveAvgPool2d", AdaptivePool2dModule.self, file: "pooling")
    {
      type, arguments, _ in
      let module = AdaptivePool2dModule(isMax: isMax, type: type)
      let call = try TorchCall(
        python: arguments, method: true,
        Signature(
          isMax ? "_AdaptiveMaxPoolNd.__init__" : "_AdaptiveAvgPoolNd.__init__", parameters(isMax: isMax)))
      for parameter in parameters(isMax: isMax) { module.attributes[parameter.name] = call[parameter.name] }
      return .native(module)
    }
  }

  /// `output_size` as the kernels take it: an int stands for a square, `None` keeps the input's size.
  static func outputSize(_ value: Value, _ context: NativeContext) throws -> [Int?] {
    if case .int(let side) = value { return [side, side] }
    if case .native(let object as SizeObject) = value { return object.sizes }
    guard let elements = value.sequenceElements else {
      throw NNError.type("object of type '\(value.typeName)' has no len()")
    }
    return try elements.map { element -> Int? in
      if element.isNone { return nil }
      guard let side = try context.indexValue(element) else {
        throw NNError.type("'\(element.typeName)' object cannot be interpreted as an integer")
      }
      return side
    }
  }

  /// The pooled tensor, with its indices as a tuple when `withIndices` (max only).
  static func pool(
    _ input: Tensor, outputSize: [Int?], isMax: Bool, withIndices: Bool, _ context: NativeContext
  ) throws -> Value {
    try TorchBridge.run(context) {
      guard isMax else { return TensorObject.value(try input.adaptiveAvgPool2d(outputSize: outputSize)) }
      let (values, indices) = try input.adaptiveMaxPool2d(outputSize: outputSize)
      guard withIndices else { return TensorObject.value(values) }
      return .tuple([TensorObject.value(values), TensorObject.value(indices)])
    }
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    let withIndices = isMax ? try context.truthValue(setting("return_indices")) : false
    return try AdaptivePool2dModule.pool(
      input, outputSize: try AdaptivePool2dModule.outputSize(setting("output_size"), context), isMax: isMax,
      withIndices: withIndices, context)
  }

  override func extraRepr() -> String { "output_size=\(ValueFormatter.repr(setting("output_size")))" }

  /// `F.adaptive_avg_pool2d(input, output_size)` and `F.adaptive_max_pool2d(input, output_size,
  /// return_indices=False)`.
  static let functions: [NativeFunction] = [
    NativeFunction("adaptive_avg_pool2d", ["input", "output_size"]) { call, context in
      try pool(
        try call.tensor("input"), outputSize: try outputSize(call["output_size"], context), isMax: false,
        withIndices: false, context)
    },
    NativeFunction("adaptive_max_pool2d", ["input", "output_size", .init("return_indices", .bool(false))]) {
      call, context in
      try pool(
        try call.tensor("input"), outputSize: try outputSize(call["output_size"], context), isMax: true,
        withIndices: try call.bool("return_indices"), context)
    },
  ]
}
