/// A hashable image of a Python value with Python's equality (`1 == 1.0 == True`).
///
/// Building one from an unhashable value (list, dict, set) throws Python's TypeError.
public struct HashKey: Hashable {
  private enum Storage: Equatable {
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
  /// Precomputed so hashing a key (and rehashing on growth) never walks nested tuples again.
  private let code: Int

  public static func == (lhs: HashKey, rhs: HashKey) -> Bool {
    if lhs.code != rhs.code { return false }
    if case .integer(let a) = lhs.storage, case .integer(let b) = rhs.storage { return a == b }
    return lhs.storage == rhs.storage
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
  }

  /// Deepest tuple nesting hashed before RecursionError (keeps the stack safe).
  static let maximumDepth = 500

  public init(_ value: Value) throws {
    try self.init(value, depth: 0)
  }

  private init(_ value: Value, depth: Int) throws {
    guard depth < Self.maximumDepth else {
      throw PythonError(
        .recursionError, "maximum recursion depth exceeded while calling a Python object")
    }
    let storage = try Self.storage(of: value, depth: depth)
    self.storage = storage
    switch storage {
    case .none: code = 0x4E6F_6E65
    case .integer(let number): code = number
    case .float(let number): code = number.hashValue
    case .string(let text): code = text.hashValue
    case .tuple(let elements):
      var combined = 0x345678
      for element in elements { combined = (combined &* 1_000_003) ^ element.code }
      code = combined ^ elements.count
    case .identity(let identifier): code = identifier.hashValue
    case .named(let name): code = name.hashValue
    case .ellipsis: code = 0x456C_6C69
    }
  }

  private static func storage(of value: Value, depth: Int) throws -> Storage {
    var storage: Storage
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
    case .tuple(let elements): storage = .tuple(try elements.map { try HashKey($0, depth: depth + 1) })
    case .list, .dict, .set, .slice:
      throw PythonError(.typeError, "unhashable type: '\(value.typeName)'")
    case .range(let range): storage = .named("range(\(range.start), \(range.stop), \(range.step))")
    case .ellipsis: storage = .ellipsis
    case .function(let function): storage = .identity(ObjectIdentifier(function))
    case .builtin(let function): storage = .identity(ObjectIdentifier(function))
    case .type(let type): storage = .identity(ObjectIdentifier(type))
    case .module(let module): storage = .identity(ObjectIdentifier(module))
    case .native(let object):
      if let instance = object as? InstanceObject, let hash = try instance.hashOverride() {
        storage = .integer(hash)
      } else if let named = object as? NamedTupleObject {
        // A named tuple is the key its plain tuple is (equal to it, so hashed alike).
        storage = .tuple(try named.values.map { try HashKey($0, depth: depth + 1) })
      } else {
        storage = .identity(ObjectIdentifier(object))
      }
    case .exception(let exception): storage = .identity(ObjectIdentifier(exception))
    case .iterator(let iterator): storage = .identity(ObjectIdentifier(iterator))
    }
    return storage
  }
}
