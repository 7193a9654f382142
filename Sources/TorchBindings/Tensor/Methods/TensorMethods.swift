import Autograd
import PythonRuntime

/// `torch.Tensor`'s methods, declared in groups (one file each), and the `torch` functions that
/// forward to them; both derive from this one list.
enum TensorMethods {
  static let all: [TensorMethod] = {
    let declared =
      inspection + autograd + conversion + creation + views + inPlace + arithmetic + pointwise + reductions
      + linearAlgebra + comparison + functions + selections + rearranging + rounding + statistics
      + ordering + scattering + sampling + [registerHook]
    return declared + inPlaceForms(of: declared)
  }()

  /// The members of `torch.Tensor`: its methods and its data attributes.
  static let table = MemberTable([all.map(\.member), TensorProperties.all])

  /// `torch.<name>(input, …)` for every method that has a function form.
  static let torchFunctions: [BuiltinFunction] = all.compactMap(\.torchFunction)

  /// A tensor result as a cell value.
  static func value(_ tensor: Tensor) -> Value { TensorObject.value(tensor) }

  /// `name()` → `op(self)`.
  static func unary(
    _ name: String, torch: TensorMethod.Function = .none, _ op: @escaping @Sendable (Tensor) throws -> Tensor
  ) -> TensorMethod {
    TensorMethod(name, torch: torch) { tensor, _, _ in value(try op(tensor)) }
  }

  /// `name(parameter)` → `op(self, tensor or number)`.
  static func binary(
    _ name: String, _ parameter: String = "other", torch: TensorMethod.Function = .none,
    _ op: @escaping @Sendable (Tensor, Operand) throws -> Tensor
  ) -> TensorMethod {
    TensorMethod(name, [.init(parameter)], torch: torch) { tensor, call, _ in
      value(try op(tensor, try call.operand(parameter)))
    }
  }

  /// `name(parameter)` → `op(self, tensor)`.
  static func withTensor(
    _ name: String, _ parameter: String = "other", torch: TensorMethod.Function = .none,
    _ op: @escaping @Sendable (Tensor, Tensor) throws -> Tensor
  ) -> TensorMethod {
    TensorMethod(name, [.init(parameter)], torch: torch) { tensor, call, _ in
      value(try op(tensor, try call.tensor(parameter)))
    }
  }
}
