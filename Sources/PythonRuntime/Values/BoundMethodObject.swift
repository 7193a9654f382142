/// A function read through an instance (or, for a classmethod, its class): calling it passes the
/// receiver first. Shown as CPython shows bound methods, `<bound method A.f of <__main__.A object at 0x…>>`.
final class BoundMethodObject: NativeObject {
  let function: Value
  let receiver: Value
  /// `A.f`: the function's qualified name.
  let qualifiedName: String
  let name: String

  init(function: Value, receiver: Value) {
    self.function = function
    self.receiver = receiver
    if case .function(let object) = function {
      name = object.name
      qualifiedName = object.signature.functionName
    } else {
      name = "method"
      qualifiedName = "method"
    }
  }

  /// `method`: `__self__`, `__func__`, its names, and `__call__` (so `callable()` sees one).
  static let type = TypeObject(
    name: "method",
    members: MemberTable([
      [
        .property(of: BoundMethodObject.self, "__self__") { method, _ in method.receiver },
        .property(of: BoundMethodObject.self, "__func__") { method, _ in method.function },
        .property(of: BoundMethodObject.self, "__name__") { method, _ in .string(method.name) },
        .property(of: BoundMethodObject.self, "__qualname__") { method, _ in .string(method.qualifiedName) },
        .method("__call__", .custom) { (receiver: Value, arguments: Arguments, context: NativeContext) in
          let method: BoundMethodObject = try Member.native(receiver, "__call__")
          return try method.call(arguments: arguments, context: context)
        },
      ]
    ]))

  var pythonType: TypeObject { Self.type }
  func repr() -> String { "<bound method \(qualifiedName) of \(ValueFormatter.repr(receiver))>" }

  func call(arguments: Arguments, context: NativeContext) throws -> Value {
    var bound = arguments
    bound.positional.insert(receiver, at: 0)
    return try context.call(function, bound)
  }
}
