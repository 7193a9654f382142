import Autograd
import PythonRuntime

/// `torch` functions that draw from a generator — `rand`, `randn`, `randint`, `rand_like`, `randn_like`,
/// `randperm`, each with `generator=` (None: the session's default generator; `multinomial` and `bernoulli`
/// are tensor methods with function forms) — and the default generator's seeding and state: `manual_seed`,
/// `initial_seed`, `seed`, `get_rng_state`, `set_rng_state`.
extension TorchModule {
  /// The keyword-only `generator=` the drawing functions take.
  static let generatorOption = Signature.Parameter("generator", default: .none, keywordOnly: true)

  static let random: [BuiltinFunction] = [
    sizedRandom("rand") { try Tensor.rand($0, dtype: $1, generator: $2, requiresGrad: $3) },
    sizedRandom("randn") { try Tensor.randn($0, dtype: $1, generator: $2, requiresGrad: $3) },
    likeRandom("rand_like") { try Tensor.randLike($0, dtype: $1, generator: $2, requiresGrad: $3) },
    likeRandom("randn_like") { try Tensor.randnLike($0, dtype: $1, generator: $2, requiresGrad: $3) },
    BuiltinFunction(name: "randint") { arguments, context in
      // randint(high, size) or randint(low, high, size).
      var arguments = arguments
      if arguments.positional.count == 2
        || (arguments.positional.count == 1 && arguments.keywords.contains { $0.name == "size" })
      {
        arguments.positional.insert(.int(0), at: 0)
      }
      let call = try TorchCall(
        arguments,
        Signature(
          "randint",
          [.init("low", default: .int(0)), "high", "size", generatorOption] + factoryOptions + [factoryOut]))
      try checkDevice(call)
      let low = try call.int("low")
      let high = try call.int("high")
      let shape = try call.intList("size")
      let generator = try GeneratorObject.argument(call)
      return try factoryResult(call, context) {
        try Tensor.randint(
          low: Int64(low), high: Int64(high), shape, dtype: $0 ?? .int64, generator: generator,
          requiresGrad: $1)
      }
    },
    BuiltinFunction(name: "randperm") { arguments, context in
      let call = try TorchCall(
        arguments, Signature("randperm", ["n", generatorOption] + factoryOptions + [factoryOut]))
      try checkDevice(call)
      let n = try call.int("n")
      switch call["generator"] {
      case .none, .native(is GeneratorObject): break
      default: throw randpermGeneratorError(arguments)
      }
      let generator = try GeneratorObject.argument(call)
      return try factoryResult(call, context) {
        try Tensor.randperm(n, dtype: $0 ?? .int64, generator: generator, requiresGrad: $1)
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
    BuiltinFunction(name: "get_rng_state") { arguments, context in
      _ = try TorchCall(python: arguments, method: false, Signature("get_rng_state", []))
      return try TorchBridge.run(context) {
        TensorObject.value(Tensor.generatorState(AutogradContext.current.generator))
      }
    },
    BuiltinFunction(name: "set_rng_state") { arguments, context in
      let call = try TorchCall(python: arguments, method: false, Signature("set_rng_state", ["new_state"]))
      guard let state = TorchValues.tensor(call["new_state"]) else {
        throw PythonError(.typeError, "expected a torch.ByteTensor, but got \(call["new_state"].typeName)")
      }
      try TorchBridge.run(context) { try state.restoreGenerator(AutogradContext.current.generator) }
      return .none
    },
  ]

  /// PyTorch's refusal of a `generator=` that is not a Generator in `randperm` (which `random_split` calls):
  /// both of its overloads are listed.
  static func randpermGeneratorError(_ arguments: Arguments) -> PythonError {
    let given =
      arguments.positional.map(LegacyConstructorMessages.typeName)
      + arguments.keywords.map { "\($0.name)=\(LegacyConstructorMessages.typeName($0.value))" }
    let options =
      "Tensor out = None, torch.dtype dtype = None, torch.layout layout = None, torch.device device = None, bool pin_memory = False, bool requires_grad = False"
    return PythonError(
      .typeError,
      "randperm() received an invalid combination of arguments - got (\(given.joined(separator: ", "))), but expected one of:\n"
        + " * (int n, *, torch.Generator generator, \(options))\n * (int n, *, \(options))\n")
  }

  /// A drawing factory `name(*size, generator=, dtype=, requires_grad=)`.
  private static func sizedRandom(
    _ name: String, _ make: @escaping @Sendable ([Int], DType, Generator?, Bool) throws -> Tensor
  ) -> BuiltinFunction {
    BuiltinFunction(name: name) { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          name, [.init("size", default: .none), generatorOption] + factoryOptions + [factoryOut],
          variadicPositional: "sizes"))
      try checkDevice(call)
      let shape = try call.shape()
      let generator = try GeneratorObject.argument(call)
      return try factoryResult(call, context) { try make(shape, $0 ?? .float32, generator, $1) }
    }
  }

  /// A drawing factory `name(input, generator=, dtype=, requires_grad=)` shaped like `input`.
  private static func likeRandom(
    _ name: String, _ make: @escaping @Sendable (Tensor, DType?, Generator?, Bool) throws -> Tensor
  ) -> BuiltinFunction {
    BuiltinFunction(name: name) { arguments, context in
      let call = try TorchCall(
        arguments,
        Signature(
          name,
          ["input", generatorOption] + factoryOptions + [
            .init("memory_format", default: .none, keywordOnly: true)
          ]))
      try checkDevice(call)
      let input = try call.tensor("input")
      let dtype = try call.dtype("dtype")
      let generator = try GeneratorObject.argument(call)
      let requiresGrad = try call.bool("requires_grad")
      return try TorchBridge.run(context) {
        TensorObject.value(try make(input, dtype, generator, requiresGrad))
      }
    }
  }
}
