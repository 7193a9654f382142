import Autograd
import PythonRuntime

/// `torch.nn.functional`: activations, softmax, dropout, layers' functional forms, padding, one_hot and
/// the losses, bound to the engine's kernels.
enum Functional {
  /// The module for one session.
  static func make() -> ModuleObject {
    let module = ModuleObject(name: "torch.nn.functional")
    NativeFunction.define(activations + layers + losses + AdaptivePool2dModule.functions, on: module)
    return module
  }

  /// An int or a tuple/list of ints (`kernel_size=2` or `(2, 2)`).
  static func intsOrInt(_ call: TorchCall, _ name: String) throws -> [Int] {
    if case .int(let number) = call[name] { return [number] }
    return try call.intList(name)
  }

  /// F.softmax / F.log_softmax: the given dim, or the legacy implicit one with its warning.
  static func softmax(
    _ input: Tensor, dim: Int?, log: Bool, stackLevel: String, dtype: DType? = nil, context: NativeContext
  )
    throws -> Value
  {
    var chosen = dim
    if chosen == nil {
      let implicit = Tensor.implicitSoftmaxDim(function: log ? "log_softmax" : "softmax", rank: input.rank)
      TorchBridge.forwardWarning(implicit.warning, to: context)
      chosen = implicit.dim
    }
    let resolved = chosen ?? 0
    return try TorchBridge.run(context) {
      TensorObject.value(
        log
          ? try input.logSoftmax(dim: resolved, dtype: dtype) : try input.softmax(dim: resolved, dtype: dtype)
      )
    }
  }

  private static func tensorResult(_ context: NativeContext, _ body: () throws -> Tensor) throws -> Value {
    try TorchBridge.run(context) { TensorObject.value(try body()) }
  }

  static let activations: [NativeFunction] = [
    NativeFunction("relu", ["input", .init("inplace", .bool(false))]) { call, context in
      let input = try call.tensor("input")
      return try tensorResult(context) { try input.relu() }
    },
    NativeFunction(
      "leaky_relu", ["input", .init("negative_slope", .float(0.01)), .init("inplace", .bool(false))]
    ) {
      call, context in
      let input = try call.tensor("input")
      let slope = try call.double("negative_slope")
      return try tensorResult(context) { try input.leakyRelu(negativeSlope: slope) }
    },
    NativeFunction("sigmoid", ["input"]) { call, context in
      let input = try call.tensor("input")
      return try tensorResult(context) { try input.sigmoid() }
    },
    NativeFunction("tanh", ["input"]) { call, context in
      let input = try call.tensor("input")
      return try tensorResult(context) { try input.tanh() }
    },
    NativeFunction(
      "softmax",
      ["input", .init("dim", .pythonNone), .init("_stacklevel", .int(3)), .init("dtype", .pythonNone)]
    ) { call, context in
      try softmax(
        try call.tensor("input"), dim: try call.optionalInt("dim"), log: false, stackLevel: "",
        dtype: try call.dtype("dtype"), context: context)
    },
    NativeFunction(
      "log_softmax",
      ["input", .init("dim", .pythonNone), .init("_stacklevel", .int(3)), .init("dtype", .pythonNone)]
    ) { call, context in
      try softmax(
        try call.tensor("input"), dim: try call.optionalInt("dim"), log: true, stackLevel: "",
        dtype: try call.dtype("dtype"), context: context)
    },
    NativeFunction(
      "dropout",
      ["input", .init("p", .float(0.5)), .init("training", .bool(true)), .init("inplace", .bool(false))]
    ) { call, context in
      let input = try call.tensor("input")
      let p = try call.scalar("p")
      if let message = Tensor.dropoutProbabilityError(p) { throw NNError.value(message) }
      let training = try call.bool("training")
      let inplace = try call.bool("inplace")
      return try tensorResult(context) {
        try input.dropout(p: p.doubleValue, training: training, inplace: inplace)
      }
    },
  ]

  static let layers: [NativeFunction] = [
    NativeFunction("linear", ["input", "weight", .init("bias", .pythonNone)]) { call, context in
      let input = try call.tensor("input")
      let weight = try call.tensor("weight")
      let bias = try call.optionalTensor("bias")
      return try tensorResult(context) { try Tensor.linear(input, weight: weight, bias: bias) }
    },
    NativeFunction("one_hot", ["tensor", .init("num_classes", .int(-1))]) { call, context in
      let tensor = try call.tensor("tensor")
      let classes = try call.int("num_classes")
      return try tensorResult(context) { try Tensor.oneHot(tensor, numClasses: classes) }
    },
    NativeFunction("pad", ["input", "pad", .init("mode", .string("constant")), .init("value", .pythonNone)]) {
      call, context in
      let input = try call.tensor("input")
      let amounts = try call.intList("pad")
      let mode = try call["mode"].asString()
      let value = try call.optionalDouble("value")
      return try tensorResult(context) {
        try input.pad(amounts, mode: try Tensor.PaddingMode(name: mode), value: value)
      }
    },
    NativeFunction(
      "max_pool2d",
      [
        "input", "kernel_size", .init("stride", .pythonNone), .init("padding", .int(0)),
        .init("dilation", .int(1)),
        .init("ceil_mode", .bool(false)), .init("return_indices", .bool(false)),
      ]
    ) { call, context in
      let input = try call.tensor("input")
      let kernel = try intsOrInt(call, "kernel_size")
      let stride = call.has("stride") ? try intsOrInt(call, "stride") : nil
      let padding = try intsOrInt(call, "padding")
      let dilation = try intsOrInt(call, "dilation")
      let ceilMode = try call.bool("ceil_mode")
      let withIndices = try call.bool("return_indices")
      return try TorchBridge.run(context) {
        let (values, indices) = try input.maxPool2d(
          kernelSize: kernel, stride: stride, padding: padding, dilation: dilation, ceilMode: ceilMode)
        guard withIndices else { return TensorObject.value(values) }
        return .tuple([TensorObject.value(values), TensorObject.value(indices)])
      }
    },
    NativeFunction(
      "avg_pool2d",
      [
        "input", "kernel_size", .init("stride", .pythonNone), .init("padding", .int(0)),
        .init("ceil_mode", .bool(false)),
        .init("count_include_pad", .bool(true)), .init("divisor_override", .pythonNone),
      ]
    ) { call, context in
      let input = try call.tensor("input")
      let kernel = try intsOrInt(call, "kernel_size")
      let stride = call.has("stride") ? try intsOrInt(call, "stride") : nil
      let padding = try intsOrInt(call, "padding")
      let ceilMode = try call.bool("ceil_mode")
      let includePad = try call.bool("count_include_pad")
      let divisor = try call.optionalInt("divisor_override")
      return try tensorResult(context) {
        try input.avgPool2d(
          kernelSize: kernel, stride: stride, padding: padding, ceilMode: ceilMode,
          countIncludePad: includePad,
          divisorOverride: divisor)
      }
    },
    NativeFunction(
      "conv2d",
      [
        "input", "weight", .init("bias", .pythonNone), .init("stride", .int(1)), .init("padding", .int(0)),
        .init("dilation", .int(1)), .init("groups", .int(1)),
      ]
    ) { call, context in
      let input = try call.tensor("input")
      let weight = try call.tensor("weight")
      let bias = try call.optionalTensor("bias")
      let stride = try intsOrInt(call, "stride")
      let padding = try convolutionPadding(call, "padding", context)
      let dilation = try intsOrInt(call, "dilation")
      let groups = try call.int("groups")
      return try tensorResult(context) {
        try Tensor.conv2d(
          input, weight: weight, bias: bias, stride: stride, padding: padding, dilation: dilation,
          groups: groups)
      }
    },
    NativeFunction(
      "batch_norm",
      [
        "input", "running_mean", "running_var", .init("weight", .pythonNone), .init("bias", .pythonNone),
        .init("training", .bool(false)), .init("momentum", .float(0.1)), .init("eps", .float(1e-5)),
      ]
    ) { call, context in
      let input = try call.tensor("input")
      let mean = try call.optionalTensor("running_mean")
      let variance = try call.optionalTensor("running_var")
      let weight = try call.optionalTensor("weight")
      let bias = try call.optionalTensor("bias")
      let training = try call.bool("training")
      let momentum = try call.double("momentum")
      let eps = try call.double("eps")
      if training, let message = Tensor.batchNormBatchSizeError(input.shape) { throw NNError.value(message) }
      return try tensorResult(context) {
        try Tensor.batchNorm(
          input, runningMean: mean, runningVar: variance, weight: weight, bias: bias, training: training,
          momentum: momentum, eps: eps)
      }
    },
  ]

  /// `padding=` of a convolution: an int, a tuple of ints, or `'same'`/`'valid'`.
  static func convolutionPadding(_ call: TorchCall, _ name: String, _ context: NativeContext) throws
    -> Tensor.ConvolutionPadding
  {
    if case .string(let text) = call[name] {
      return try TorchBridge.run(context) { try Tensor.ConvolutionPadding(string: text) }
    }
    return .explicit(try intsOrInt(call, name))
  }
}
