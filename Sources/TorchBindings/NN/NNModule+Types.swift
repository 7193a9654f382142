import Autograd
import PythonRuntime

/// Type objects for module classes: `isinstance` follows the Swift class hierarchy, so a layer is an
/// instance of `nn.Module` too.
extension NNModule {
  /// `torch.nn.Module` itself: `nn.Module()` is an empty module.
  static let baseType = moduleType("Module", NNModule.self, members: NNModule.methods.members) { type, _, _ in
    .native(NNModule(type: type))
  }

  /// The type of module class `Layer`, shown as `torch.nn.modules.<file>.<name>` by `repr(type)`; it
  /// derives from `nn.Module` and adds `members` to Module's.
  static func moduleType<Layer: NNModule>(
    _ name: String, _: Layer.Type, file: String = "module", members: [Member] = [],
    construct: @escaping TypeObject.Constructor
  ) -> TypeObject {
    TypeObject(
      name: name, qualifiedName: "torch.nn.modules.\(file).\(name)",
      bases: name == "Module" ? nil : [NNModule.baseType], members: MemberTable([members]),
      constructor: construct)
  }

  /// A parameter's tensor by name (nil when absent or None).
  func parameterTensor(_ name: String) -> Tensor? { parameters[name].flatMap { $0 }?.tensor }

  /// A buffer's tensor by name (nil when absent or None).
  func bufferTensor(_ name: String) -> Tensor? { buffers[name].flatMap { $0 }?.tensor }

  /// A setting kept in the attribute dict, as a Python value.
  func setting(_ name: String) -> Value { attributes[name] ?? .none }

  /// `forward(input)`'s single tensor argument, bound as CPython binds `Linear.forward(self, input)`.
  func forwardInput(_ arguments: Arguments, _ name: String = "input") throws -> Tensor {
    try TorchCall(
      python: arguments, method: true,
      Signature("\(className).forward", [.init(name)])
    ).tensor(name)
  }

  /// A Python bool's repr (`True`/`False`) for extra_repr texts.
  static func bool(_ flag: Bool) -> String { flag ? "True" : "False" }
}
