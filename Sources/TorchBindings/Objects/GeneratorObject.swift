import Autograd
import Foundation
import PythonRuntime

/// `torch._C.Generator`: the session's default CPU generator (`torch.default_generator`, what
/// `torch.manual_seed(...)` returns) or one a cell made with `torch.Generator()`, which owns its own engine
/// generator (the same mt19937 stream, seeded with PyTorch's default seed) and is passed as `generator=`.
///
/// `@unchecked Sendable`: the default object owns nothing (it acts on the running session's generator), and an
/// owned generator lives in one session's cells, which run one at a time, as the engine context does.
final class GeneratorObject: NativeObject, @unchecked Sendable {
  static let shared = GeneratorObject(owning: nil)

  /// The generator this object made, or nil for the session's default generator.
  private let owned: Generator?

  init(owning generator: Generator?) {
    owned = generator
  }

  /// The engine generator this object draws from.
  var generator: Generator { owned ?? AutogradContext.current.generator }

  /// `generator=` of a torch function: nil for None (the default generator).
  static func argument(_ call: TorchCall, _ name: String = "generator") throws -> Generator? {
    switch call[name] {
    case .none: return nil
    case .native(let object as GeneratorObject): return object.generator
    default: throw call.typeError(name, expected: "torch.Generator")
    }
  }

  /// `torch.Generator(device='cpu')`; its methods take their arguments as C functions do (PyTorch's wording
  /// for a wrong count: `Generator.initial_seed() takes no arguments (1 given)`).
  static let type = TypeObject(
    name: "Generator", qualifiedName: "torch._C.Generator", messageName: "torch._C.Generator",
    members: MemberTable([
      [
        CMethod.one("Generator", "manual_seed", of: GeneratorObject.self) { object, seed, _ in
          try object.manualSeed(seed)
          return .native(object)
        },
        CMethod.none("Generator", "initial_seed", of: GeneratorObject.self) { object, _ in
          GeneratorObject.pythonSeed(object.generator.initialSeed)
        },
        CMethod.none("Generator", "seed", of: GeneratorObject.self) { object, _ in
          // A non-deterministic seed, as PyTorch draws one from the system.
          let seed = UInt64.random(in: 0...UInt64(Int.max))
          object.generator.manualSeed(seed)
          return pythonSeed(seed)
        },
        CMethod.none("Generator", "get_state", of: GeneratorObject.self) { object, context in
          try TorchBridge.run(context) { TensorObject.value(Tensor.generatorState(object.generator)) }
        },
        CMethod.one("Generator", "set_state", of: GeneratorObject.self) { object, state, context in
          guard let tensor = TorchValues.tensor(state) else {
            throw PythonError(.typeError, "expected a torch.ByteTensor, but got \(state.typeName)")
          }
          try TorchBridge.run(context) { try tensor.restoreGenerator(object.generator) }
          return .native(object)
        },
        Member.property(of: GeneratorObject.self, "device") { _, _ in .native(DeviceObject.cpu) },
      ]
    ]),
    constructor: { _, arguments, _ in
      let call = try TorchCall(
        python: arguments, method: false, Signature("Generator", [.init("device", default: .string("cpu"))]))
      try TorchModule.checkDevice(call)
      return .native(GeneratorObject(owning: Generator()))
    })

  var pythonType: TypeObject { GeneratorObject.type }

  func repr() -> String { "<torch._C.Generator object at 0x7f5e3c1d2a70>" }

  /// `Generator.manual_seed(seed)`: a Python int only (unlike `torch.manual_seed`, which applies `int()` first).
  private func manualSeed(_ seed: Value) throws {
    guard case .int(let number) = seed else {
      throw PythonError(.runtimeError, "manual_seed expected a long, but got \(seed.typeName)")
    }
    generator.manualSeed(Generator.seed(fromPythonInteger: Int64(number)))
  }

  /// A 64-bit seed as the Python int PyTorch returns (an unsigned value above Int.max wraps in Gradbook's ints).
  static func pythonSeed(_ seed: UInt64) -> Value {
    .int(Int(truncatingIfNeeded: seed))
  }

  /// `torch.manual_seed(seed)`: any Python int in [-2^63, 2^63), or what `int()` makes of a float or a string.
  static func manualSeed(_ call: TorchCall) throws {
    let seed = try seedValue(call)
    AutogradContext.current.generator.manualSeed(Generator.seed(fromPythonInteger: Int64(seed)))
  }

  /// `int(seed)` as `torch.manual_seed` and `torch.cuda.manual_seed` take it, with Python's errors.
  static func seedValue(_ call: TorchCall) throws -> Int {
    let seed: Int
    switch call["seed"] {
    case .int(let number): seed = number
    case .bool(let flag): seed = flag ? 1 : 0
    case .float(let number):
      // PyTorch seeds with int(seed): floats truncate toward zero.
      guard number.isFinite else {
        throw PythonError(
          number.isNaN ? .valueError : .overflowError,
          number.isNaN
            ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
      }
      guard number > -9.223372036854775808e18, number < 9.223372036854775807e18 else {
        throw PythonError(.runtimeError, Generator.seedOverflowMessage)
      }
      seed = Int(number.rounded(.towardZero))
    case .string(let text):
      guard let number = Int(text.trimmingCharacters(in: .whitespaces)) else {
        throw PythonError(
          .valueError,
          "invalid literal for int() with base 10: \(ValueFormatter.repr(.string(text)))")
      }
      seed = number
    default:
      throw call.typeError("seed", expected: "int")
    }
    return seed
  }

  /// `torch.initial_seed()`.
  static func initialSeed() -> Value { pythonSeed(AutogradContext.current.generator.initialSeed) }

  /// `torch.seed()`: reseeds the default generator from a non-deterministic source and returns the new seed.
  static func freshSeed() -> Value {
    let seed = UInt64.random(in: 0...UInt64(Int.max))
    AutogradContext.current.generator.manualSeed(seed)
    return .int(Int(seed))
  }
}
