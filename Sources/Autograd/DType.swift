/// A tensor element type, as PyTorch names it.
public enum DType: String, CaseIterable, Sendable {
  case float32, float64, int64, bool

  /// The default dtype for floating-point tensors (`torch.get_default_dtype()`).
  public static let defaultFloat: DType = .float32

  /// Whether values of this dtype are floating point (and so may require grad).
  public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

  /// PyTorch's repr: `torch.float32`.
  public var description: String { "torch.\(rawValue)" }

  /// PyTorch's C++ scalar-type name, used in its kernel and cast messages: `Float`, `Double`, `Long`, `Bool`.
  public var scalarTypeName: String {
    switch self {
    case .float32: return "Float"
    case .float64: return "Double"
    case .int64: return "Long"
    case .bool: return "Bool"
    }
  }

  /// The C++ type name used in some PyTorch messages: `float`, `double`, `long int`, `bool`.
  public var cTypeName: String {
    switch self {
    case .float32: return "float"
    case .float64: return "double"
    case .int64: return "long int"
    case .bool: return "bool"
    }
  }

  /// Rounds a value computed in Double to this dtype's precision (float32 to the nearest Float).
  func rounded(_ value: Double) -> Double {
    self == .float32 ? Double(Float(value)) : value
  }

  /// Rounds a running total to the precision PyTorch's CPU kernels accumulate this dtype in (`acc_type`):
  /// float32 and float64 accumulate in double.
  func accumulationRounded(_ value: Double) -> Double { value }

  /// The legacy tensor type name: `torch.FloatTensor`.
  public var tensorTypeName: String { "torch.\(scalarTypeName)Tensor" }
}
