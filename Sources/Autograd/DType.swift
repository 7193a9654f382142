/// A tensor element type, as PyTorch names it.
///
/// Storage keeps floating values as `Double` and integers (and bools, as 0/1) as `Int64`; every store
/// rounds or wraps to the dtype, so a value held is always one the dtype can represent: float16 and
/// bfloat16 round to nearest even, the narrow integer types wrap around.
public enum DType: String, CaseIterable, Sendable {
  case bool, uint8, int8, int16, int32, int64, float16, bfloat16, float32, float64

  /// The default dtype for floating-point tensors (`torch.get_default_dtype()`).
  public static let defaultFloat: DType = .float32

  /// Whether values of this dtype are floating point (and so may require grad).
  public var isFloatingPoint: Bool {
    switch self {
    case .float16, .bfloat16, .float32, .float64: return true
    default: return false
    }
  }

  /// Whether this is one of the integer dtypes (not bool).
  public var isInteger: Bool { !isFloatingPoint && self != .bool }

  /// PyTorch's repr: `torch.float32`.
  public var description: String { "torch.\(rawValue)" }

  /// PyTorch's C++ scalar-type name, used in its kernel and cast messages: `Float`, `Half`, `Byte`, ….
  public var scalarTypeName: String {
    switch self {
    case .bool: return "Bool"
    case .uint8: return "Byte"
    case .int8: return "Char"
    case .int16: return "Short"
    case .int32: return "Int"
    case .int64: return "Long"
    case .float16: return "Half"
    case .bfloat16: return "BFloat16"
    case .float32: return "Float"
    case .float64: return "Double"
    }
  }

  /// The C++ type name used in some PyTorch messages: `float`, `double`, `long int`, `bool`, ….
  public var cTypeName: String {
    switch self {
    case .bool: return "bool"
    case .uint8: return "unsigned char"
    case .int8: return "signed char"
    case .int16: return "short int"
    case .int32: return "int"
    case .int64: return "long int"
    case .float16: return "c10::Half"
    case .bfloat16: return "c10::BFloat16"
    case .float32: return "float"
    case .float64: return "double"
    }
  }

  /// The legacy tensor type name: `torch.FloatTensor`.
  public var tensorTypeName: String { "torch.\(scalarTypeName)Tensor" }

  /// The dtype a legacy type name (`torch.FloatTensor`, `torch.HalfTensor`, …) stands for.
  public init?(tensorTypeName: String) {
    guard let found = DType.allCases.first(where: { $0.tensorTypeName == tensorTypeName }) else { return nil }
    self = found
  }

  /// Rounds a value computed in Double to this dtype's precision (float32 to the nearest Float; float16
  /// and bfloat16 through Float, as PyTorch's kernels compute them in float and round each store).
  func rounded(_ value: Double) -> Double {
    switch self {
    case .float32: return Double(Float(value))
    case .float16: return HalfPrecision.half(Float(value))
    case .bfloat16: return HalfPrecision.brain(Float(value))
    default: return value
    }
  }

  /// Rounds a running total to the precision PyTorch's CPU kernels accumulate this dtype in (`acc_type`):
  /// float32 and float64 accumulate in double, float16 and bfloat16 in float.
  func accumulationRounded(_ value: Double) -> Double {
    self == .float16 || self == .bfloat16 ? Double(Float(value)) : value
  }

  /// Whether PyTorch computes this dtype's elementwise math in float (`opmath_t`), rounding each result.
  var computesInFloat: Bool { self == .float32 || self == .float16 || self == .bfloat16 }

  /// Wraps an integer into this dtype's range (two's complement, as C++ casts do); bools become 0 or 1.
  func wrapped(_ value: Int64) -> Int64 {
    switch self {
    case .bool: return value != 0 ? 1 : 0
    case .uint8: return Int64(UInt8(truncatingIfNeeded: value))
    case .int8: return Int64(Int8(truncatingIfNeeded: value))
    case .int16: return Int64(Int16(truncatingIfNeeded: value))
    case .int32: return Int64(Int32(truncatingIfNeeded: value))
    default: return value
    }
  }

  /// The C++ type name PyTorch's scalar-overflow message gives for this dtype (`uint8_t`, `int`, …).
  var checkedTypeName: String {
    switch self {
    case .uint8: return "uint8_t"
    case .int8: return "int8_t"
    case .int16: return "int16_t"
    case .int32: return "int"
    case .int64: return "int64_t"
    default: return rawValue
    }
  }

  /// The smallest and largest values an integer dtype holds (nil for floating dtypes and int64).
  var integerRange: ClosedRange<Int64>? {
    switch self {
    case .bool: return 0...1
    case .uint8: return 0...255
    case .int8: return -128...127
    case .int16: return -32768...32767
    case .int32: return Int64(Int32.min)...Int64(Int32.max)
    default: return nil
    }
  }
}
