import Autograd
import PythonRuntime

/// `torch` functions of the default generator: `rand`, `randn`, `randint`, `manual_seed`,
/// `initial_seed`, `seed`.
extension TorchModule {
  static let random: [BuiltinFunction] = [
    sized("rand") { try Tensor.rand($0, dtype: $1, requiresGrad: $2) },
    sized("randn") { try Tensor.randn($0, dtype: $1, requiresGrad: $2) },
    BuiltinFunction(name: "randint") { arguments, context in
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
    },
    BuiltinFunction(name: "manual_seed") { arguments, _ in
      let call = try TorchCall(arguments, Signature("manual_seed", ["seed"]))
      try GeneratorObject.manualSeed(call)
      return .native(GeneratorObject.shared)
    },
    BuiltinFunction(name: "initial_seed") { arguments, _ in
      _ = try TorchCall(arguments, Signature("initial_seed", []))
      return GeneratorObject.initialSeed()
    },
    BuiltinFunction(name: "seed") { arguments, _ in
      _ = try TorchCall(arguments, Signature("seed", []))
      return GeneratorObject.freshSeed()
    },
  ]
}
