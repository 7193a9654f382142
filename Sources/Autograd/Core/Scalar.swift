import NumberFormat

/// A Python number: what `.item()` returns and what a Python scalar operand carries.
public enum Scalar: Equatable, Sendable, CustomStringConvertible {
  case bool(Bool)
  case int(Int64)
  case float(Double)

  /// The value as a Double (bools as 0/1).
  public var doubleValue: Double {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let f): return f
    }
  }

  /// The value as an Int64, truncating floats toward zero and saturating out-of-range ones.
  public var int64Value: Int64 {
    switch self {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return i
    case .float(let f): return Scalar.truncatingToInt64(f)
    }
  }

  /// The dtype a Python scalar of this kind defaults to (float → float32, int → int64, bool → bool).
  public var defaultDType: DType {
    switch self {
    case .bool: return .bool
    case .int: return .int64
    case .float: return .float32
    }
  }

  /// Python's repr of the number (`0.10000000149011612`, `3`, `True`).
  public var description: String {
    switch self {
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let f): return PythonFloatFormat.repr(f)
    }
  }

  /// Converts a Double to Int64 the way a C cast in PyTorch's kernels does, without trapping.
  static func truncatingToInt64(_ value: Double) -> Int64 {
    if value.isNaN { return Int64.min }
    let truncated = value.rounded(.towardZero)
    if truncated >= 9.223372036854775807e18 { return Int64.min }
    if truncated < -9.223372036854775807e18 { return Int64.min }
    return Int64(truncated)
  }
}
