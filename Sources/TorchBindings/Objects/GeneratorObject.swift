import Autograd
import PythonRuntime
import Foundation

/// The default CPU generator, as `torch.manual_seed(...)` returns it (`<torch._C.Generator object at 0x…>`).
/// Stateless: it acts on the running session's generator, so one object serves every session.
final class GeneratorObject: NativeObject, Sendable {
  static let shared = GeneratorObject()

  /// `torch._C.Generator`: the seeding methods `torch` also offers as functions.
  static let type = TypeObject(
    name: "Generator", qualifiedName: "torch._C.Generator", messageName: "torch._C.Generator",
    members: MemberTable([
      [
        Member.torch(of: GeneratorObject.self, "manual_seed", ["seed"]) { generator, call, _ in
          try GeneratorObject.manualSeed(call)
          return .native(generator)
        },
        Member.torch(of: GeneratorObject.self, "initial_seed") { _, _, _ in GeneratorObject.initialSeed() },
        Member.torch(of: GeneratorObject.self, "seed") { _, _, _ in GeneratorObject.freshSeed() },
      ]
    ]))

  var pythonType: TypeObject { GeneratorObject.type }

  func repr() -> String { "<torch._C.Generator object at 0x7f5e3c1d2a70>" }

  /// `torch.manual_seed(seed)`: any Python int in [-2^63, 2^63).
  static func manualSeed(_ call: TorchCall) throws {
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
    AutogradContext.current.generator.manualSeed(Generator.seed(fromPythonInteger: Int64(seed)))
  }

  /// `torch.initial_seed()`.
  static func initialSeed() -> Value {
    let seed = AutogradContext.current.generator.initialSeed
    if seed <= UInt64(Int.max) { return .int(Int(seed)) }
    return .int(Int(truncatingIfNeeded: seed))
  }

  /// `torch.seed()`: reseeds from a non-deterministic source and returns the new seed.
  static func freshSeed() -> Value {
    let seed = UInt64.random(in: 0...UInt64(Int.max))
    AutogradContext.current.generator.manualSeed(seed)
    return .int(Int(seed))
  }
}
