/// A native parameter's default: an immutable constant, so that signatures can sit in the member
/// tables every session shares (a cell value could be a mutable list).
///
/// Its cases are spelt as ``Value``'s, so a declaration reads `.init("dim", default: .none)`.
public enum ParameterDefault: Sendable, Equatable {
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  case string(String)
  /// Only the empty tuple is needed (`torch.Size()`), and a tuple of constants stays a constant.
  indirect case tuple([ParameterDefault])

  /// The default as the value a bound argument gets.
  public var value: Value {
    switch self {
    case .none: return .none
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(number)
    case .float(let number): return .float(number)
    case .string(let text): return .string(text)
    case .tuple(let elements): return .tuple(elements.map(\.value))
    }
  }
}
