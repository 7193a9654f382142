/// A function implemented in Swift: builtins, module functions, and bound native methods.
///
/// Example: `BuiltinFunction(name: "is_grad_enabled") { arguments, context in
///   try arguments.bind(Signature("is_grad_enabled", []))
///   return .bool(GradMode.isEnabled) }`
public final class BuiltinFunction: Sendable {
  public let name: String
  public let body: @Sendable (Arguments, NativeContext) throws -> Value

  public init(name: String, body: @escaping @Sendable (Arguments, NativeContext) throws -> Value) {
    self.name = name
    self.body = body
  }
}
