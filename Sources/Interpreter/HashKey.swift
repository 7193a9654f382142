/// A hashable image of a Python value with Python's equality (`1 == 1.0 == True`).
///
/// Building one from an unhashable value (list, dict, set) throws Python's TypeError.
public struct HashKey: Hashable {
  private enum Storage: Hashable {
    case none
    case integer(Int)
    case float(Double)
    case string(String)
    case tuple([HashKey])
    case identity(ObjectIdentifier)
    case named(String)
    case ellipsis
  }

  private let storage: Storage

  public init(_ value: Value) throws {
    switch value {
    case .none: storage = .none
    case .bool(let flag): storage = .integer(flag ? 1 : 0)
    case .int(let number): storage = .integer(number)
    case .float(let number):
      if number.rounded() == number, let exact = Int(exactly: number) {
        storage = .integer(exact)
      } else {
        storage = .float(number)
      }
    case .string(let text): storage = .string(text)
    case .tuple(let elements): storage = .tuple(try elements.map { try HashKey($0) })
    case .list, .dict, .set, .slice:
      throw PythonError(type: "TypeError", message: "unhashable type: '\(value.typeName)'")
    case .range(let range): storage = .named("range(\(range.start), \(range.stop), \(range.step))")
    case .ellipsis: storage = .ellipsis
    case .function(let function): storage = .identity(ObjectIdentifier(function))
    case .builtin(let function): storage = .identity(ObjectIdentifier(function))
    case .type(let type): storage = .identity(ObjectIdentifier(type))
    case .module(let module): storage = .identity(ObjectIdentifier(module))
    case .native(let object): storage = .identity(ObjectIdentifier(object))
    case .exception(let exception): storage = .identity(ObjectIdentifier(exception))
    case .iterator(let iterator): storage = .identity(ObjectIdentifier(iterator))
    }
  }
}
