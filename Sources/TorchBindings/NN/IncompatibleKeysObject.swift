import PythonRuntime

/// What `load_state_dict` returns: `_IncompatibleKeys(missing_keys=[...], unexpected_keys=[...])`, a
/// named tuple that prints `<All keys matched successfully>` when both lists are empty.
final class IncompatibleKeysObject: NativeAttributeOwner {
  let missingKeys: [String]
  let unexpectedKeys: [String]

  init(missingKeys: [String], unexpectedKeys: [String]) {
    self.missingKeys = missingKeys
    self.unexpectedKeys = unexpectedKeys
  }

  static let type = TypeObject(
    name: "_IncompatibleKeys", qualifiedName: "torch.nn.modules.module._IncompatibleKeys")

  var pythonType: TypeObject { IncompatibleKeysObject.type }

  private var fields: [Value] {
    [.makeList(missingKeys.map { .string($0) }), .makeList(unexpectedKeys.map { .string($0) })]
  }

  func repr() -> String {
    if missingKeys.isEmpty && unexpectedKeys.isEmpty { return "<All keys matched successfully>" }
    return
      "_IncompatibleKeys(missing_keys=\(ValueFormatter.repr(fields[0])), unexpected_keys=\(ValueFormatter.repr(fields[1])))"
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "missing_keys": return fields[0]
    case "unexpected_keys": return fields[1]
    default: return nil
    }
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool { false }

  func iterate(context: NativeContext) throws -> [Value]? { fields }
  func length(context: NativeContext) throws -> Int? { 2 }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    guard let position = try context.indexValue(index), (-2..<2).contains(position) else {
      throw NNError.index("tuple index out of range")
    }
    return fields[position < 0 ? position + 2 : position]
  }
}
