/// A tensor element type, as PyTorch names it.
public enum DType: String, CaseIterable, Sendable {
  case float32, float64, int64, bool

  /// The default dtype for floating-point tensors (`torch.get_default_dtype()`).
  public static let defaultFloat: DType = .float32

  /// Whether values of this dtype are floating point (and so may require grad).
  public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

  /// PyTorch's repr: `torch.float32`.
  public var description: String { "torch.\(rawValue)" }

  /// The legacy tensor type name: `torch.FloatTensor`.
  public var tensorTypeName: String {
    switch self {
    case .float32: return "torch.FloatTensor"
    case .float64: return "torch.DoubleTensor"
    case .int64: return "torch.LongTensor"
    case .bool: return "torch.BoolTensor"
    }
  }
}
