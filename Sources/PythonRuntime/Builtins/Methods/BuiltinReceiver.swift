/// The Swift form in which a built-in type's methods receive `self` (`String` for `str`, the
/// `ListObject` of a `list`, …). Unwrapping is a static requirement, not a closure, so a method
/// call on a built-in value makes one indirect call to its body and no more.
protocol BuiltinReceiver: SendableMetatype {
  /// The receiver inside `value`, or nil when `value` is of another type.
  static func unwrap(_ value: Value) -> Self?
  /// What a linear-time method on it is charged against the step budget (its length).
  var workSize: Int { get }
}

extension String: BuiltinReceiver {
  static func unwrap(_ value: Value) -> String? {
    if case .string(let text) = value { return text }
    return nil
  }
  var workSize: Int { utf8.count }
}

extension ListObject: BuiltinReceiver {
  static func unwrap(_ value: Value) -> ListObject? {
    if case .list(let list) = value { return list }
    return nil
  }
  var workSize: Int { elements.count }
}

/// The elements of a `list` or a `tuple`, for the methods they share (`count`, `index`).
extension Array: BuiltinReceiver where Element == Value {
  static func unwrap(_ value: Value) -> [Value]? {
    switch value {
    case .list(let list): return list.elements
    case .tuple(let elements): return elements
    default: return nil
    }
  }
  var workSize: Int { count }
}

extension DictObject: BuiltinReceiver {
  static func unwrap(_ value: Value) -> DictObject? {
    if case .dict(let dict) = value { return dict }
    return nil
  }
  var workSize: Int { count }
}

extension SetObject: BuiltinReceiver {
  static func unwrap(_ value: Value) -> SetObject? {
    if case .set(let set) = value { return set }
    return nil
  }
  var workSize: Int { count }
}

extension RangeValue: BuiltinReceiver {
  static func unwrap(_ value: Value) -> RangeValue? {
    if case .range(let range) = value { return range }
    return nil
  }
  var workSize: Int { count }
}

/// `int` and `bool` (whose methods are `int`'s).
extension Int: BuiltinReceiver {
  static func unwrap(_ value: Value) -> Int? {
    switch value {
    case .int(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    default: return nil
    }
  }
  var workSize: Int { 1 }
}

extension Double: BuiltinReceiver {
  static func unwrap(_ value: Value) -> Double? {
    if case .float(let number) = value { return number }
    return nil
  }
  var workSize: Int { 1 }
}
