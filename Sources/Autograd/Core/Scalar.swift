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

  /// Checks that this number fits `dtype` as PyTorch checks a scalar written into a tensor; `typeName` is
  /// the type its message names (`uint8` for `torch.tensor`, `uint8_t` for `full`, `fill_`, …).
  ///
  /// Python ints may be negative down to -255 for uint8 (they wrap); floats must lie in
  /// `[lowest, highest + 1)` and must not be NaN.
  func checkFits(_ dtype: DType, typeName: String) throws {
    guard !dtype.isFloatingPoint, dtype != .bool else { return }
    let fits: Bool
    switch self {
    case .bool:
      fits = true
    case .int(let value):
      if dtype == .uint8 {
        fits = value >= -255 && value <= 255
      } else {
        fits = dtype.integerRange.map { $0.contains(value) } ?? true
      }
    case .float(let value):
      let range = dtype.integerRange ?? Int64.min...Int64.max
      fits = !value.isNaN && value >= Double(range.lowerBound) && value < Double(range.upperBound) + 1
    }
    if !fits {
      throw AutogradError.runtime("value cannot be converted to type \(typeName) without overflow")
    }
  }

  /// Converts a Double to an integer dtype as PyTorch's CPU kernels do on x86-64: int64 through a 64-bit
  /// truncating conversion, the narrower types through a 32-bit one (out of range or NaN gives the
  /// "integer indefinite" value, `Int32.min`) whose low bits are kept; bools test for nonzero.
  static func converting(_ value: Double, to dtype: DType) -> Int64 {
    switch dtype {
    case .int64: return truncatingToInt64(value)
    case .bool: return value != 0 ? 1 : 0
    default:
      let truncated = value.rounded(.towardZero)
      let inRange = !value.isNaN && truncated >= -2_147_483_648 && truncated < 2_147_483_648
      return dtype.wrapped(inRange ? Int64(truncated) : Int64(Int32.min))
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
