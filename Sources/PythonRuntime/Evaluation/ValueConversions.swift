/// Conversions from Python values to Swift types for native bindings, raising Python's TypeError.
extension Value {
  /// An integer (`int` or `bool`), else `TypeError: 'float' object cannot be interpreted as an integer`.
  public func asInt() throws -> Int {
    switch self {
    case .int(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    default: throw PythonError.typeError("'\(typeName)' object cannot be interpreted as an integer")
    }
  }

  /// A real number (`int`, `float`, `bool`), else `TypeError: must be real number, not str`.
  public func asDouble() throws -> Double {
    switch self {
    case .int(let number): return Double(number)
    case .float(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    default: throw PythonError.typeError("must be real number, not \(typeName)")
    }
  }

  /// A bool (`bool` or `int`), else TypeError.
  public func asBool() throws -> Bool {
    switch self {
    case .bool(let flag): return flag
    case .int(let number): return number != 0
    default: throw PythonError.typeError("expected bool, got '\(typeName)'")
    }
  }

  /// A string, else TypeError.
  public func asString() throws -> String {
    if case .string(let text) = self { return text }
    throw PythonError.typeError("expected str, got '\(typeName)'")
  }

  /// A list or tuple of integers, else TypeError.
  public func asIntList() throws -> [Int] {
    switch self {
    case .tuple(let elements): return try elements.map { try $0.asInt() }
    case .list(let list): return try list.elements.map { try $0.asInt() }
    default: return [try asInt()]
    }
  }

  /// The elements of a list or tuple, nil otherwise.
  public var sequenceElements: [Value]? {
    switch self {
    case .tuple(let elements): return elements
    case .list(let list): return list.elements
    default: return nil
    }
  }

  /// A shape written as `*sizes` (`ones(2, 3)`) or one sequence (`ones((2, 3))`, `ones([2, 3])`).
  public static func shape(from positional: [Value]) throws -> [Int] {
    if positional.count == 1, let elements = positional[0].sequenceElements {
      return try elements.map { try $0.asInt() }
    }
    return try positional.map { try $0.asInt() }
  }
}
