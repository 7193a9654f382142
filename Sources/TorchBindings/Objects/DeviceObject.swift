import PythonRuntime

/// `t.device` / `torch.device('cpu')`: Gradbook runs on the CPU only. Stateless, so one object serves
/// every session.
final class DeviceObject: NativeObject, Sendable {
  static let cpu = DeviceObject()

  var typeName: String { "device" }

  func repr() -> String { "device(type='cpu')" }

  func str() -> String { "cpu" }

  func getAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "type": return .string("cpu")
    case "index": return Value.none
    default: return nil
    }
  }

  func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    guard op == .equal || op == .notEqual else { return nil }
    var same = false
    if case .native(let object) = other { same = object is DeviceObject }
    if case .string(let text) = other { same = text == "cpu" }
    return .bool(op == .equal ? same : !same)
  }
}
