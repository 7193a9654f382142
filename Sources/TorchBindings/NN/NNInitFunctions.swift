import Autograd
import PythonRuntime

/// `torch.nn.init`: the in-place initialisers (seeded draws as PyTorch makes them) and `calculate_gain`.
enum NNInitFunctions {
  static func make() -> ModuleObject {
    let module = ModuleObject(name: "torch.nn.init")
    NativeFunction.define(functions, on: module)
    return module
  }

  /// Runs an initialiser on the `tensor` argument and returns that same tensor.
  private static func initialise(
    _ call: TorchCall, _ context: NativeContext, _ body: (Tensor) throws -> Void
  ) throws -> Value {
    let tensor = try call.tensor("tensor")
    try TorchBridge.run(context) { try body(tensor) }
    return call["tensor"]
  }

  private static let kaimingParameters: [MethodParameter] = [
    "tensor", .init("a", .int(0)), .init("mode", .string("fan_in")),
    .init("nonlinearity", .string("leaky_relu")),
    .init("generator", .pythonNone),
  ]

  static let functions: [NativeFunction] = [
    NativeFunction(
      "uniform_", ["tensor", .init("a", .float(0)), .init("b", .float(1)), .init("generator", .pythonNone)]
    ) {
      call, context in
      let (low, high) = (try call.double("a"), try call.double("b"))
      return try initialise(call, context) { try NNInit.uniform_($0, low: low, high: high) }
    },
    NativeFunction(
      "normal_",
      ["tensor", .init("mean", .float(0)), .init("std", .float(1)), .init("generator", .pythonNone)]
    ) { call, context in
      let (mean, std) = (try call.double("mean"), try call.double("std"))
      return try initialise(call, context) { try NNInit.normal_($0, mean: mean, std: std) }
    },
    NativeFunction("constant_", ["tensor", "val"]) { call, context in
      let value = try call.scalar("val")
      return try initialise(call, context) { _ = try NNInit.constant_($0, value) }
    },
    NativeFunction("zeros_", ["tensor"]) { call, context in
      try initialise(call, context) { _ = try NNInit.zeros_($0) }
    },
    NativeFunction("ones_", ["tensor"]) { call, context in
      try initialise(call, context) { _ = try NNInit.ones_($0) }
    },
    NativeFunction("xavier_uniform_", ["tensor", .init("gain", .float(1)), .init("generator", .pythonNone)]) {
      call, context in
      let gain = try call.double("gain")
      return try initialise(call, context) { try NNInit.xavierUniform_($0, gain: gain) }
    },
    NativeFunction("xavier_normal_", ["tensor", .init("gain", .float(1)), .init("generator", .pythonNone)]) {
      call, context in
      let gain = try call.double("gain")
      return try initialise(call, context) { try NNInit.xavierNormal_($0, gain: gain) }
    },
    NativeFunction("kaiming_uniform_", kaimingParameters) { call, context in
      let (a, mode, nonlinearity) = (
        try call.scalar("a"), try call["mode"].asString(), try call["nonlinearity"].asString()
      )
      return try initialise(call, context) {
        try NNInit.kaimingUniform_($0, a: a, mode: mode, nonlinearity: nonlinearity)
      }
    },
    NativeFunction("kaiming_normal_", kaimingParameters) { call, context in
      let (a, mode, nonlinearity) = (
        try call.scalar("a"), try call["mode"].asString(), try call["nonlinearity"].asString()
      )
      return try initialise(call, context) {
        try NNInit.kaimingNormal_($0, a: a, mode: mode, nonlinearity: nonlinearity)
      }
    },
    NativeFunction("calculate_gain", ["nonlinearity", .init("param", .pythonNone)]) { call, context in
      let name = try call["nonlinearity"].asString()
      let parameter = try call.optionalScalar("param")
      return TorchValues.value(
        try TorchBridge.run(context) { try NNInit.calculateGain(name, parameter: parameter) })
    },
  ]
}
