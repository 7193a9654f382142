import PythonRuntime

/// `t.device` / `torch.device('cpu')`: Gradbook runs on the CPU only. Stateless, so one object serves
/// every session.
final class DeviceObject: NativeObject, Sendable {
  static let cpu = DeviceObject()

  /// `torch.device`: `type` and `index` (Gradbook has only the CPU).
  static let type = TypeObject(
    name: "device", qualifiedName: "torch.device", messageName: "torch.device",
    members: MemberTable([
      [
        Member.property(of: DeviceObject.self, "type") { _, _ in .string("cpu") },
        Member.property(of: DeviceObject.self, "index") { _, _ in .none },
      ]
    ]))

  var pythonType: TypeObject { DeviceObject.type }

  func repr() -> String { "device(type='cpu')" }

  func str() -> String { "cpu" }

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
