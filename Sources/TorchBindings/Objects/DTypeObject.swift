import Autograd
import PythonRuntime

/// `torch.float32` and friends: one shared object per dtype, so `t.dtype == torch.float32` and
/// `t.dtype is torch.float` hold. Immutable, so the same objects serve every session.
final class DTypeObject: NativeObject, Sendable {
  let dtype: DType

  private init(_ dtype: DType) {
    self.dtype = dtype
  }

  private static let instances: [DType: DTypeObject] = {
    var table: [DType: DTypeObject] = [:]
    for dtype in DType.allCases { table[dtype] = DTypeObject(dtype) }
    return table
  }()

  /// The shared object for `dtype`.
  static func of(_ dtype: DType) -> DTypeObject { instances[dtype] ?? DTypeObject(dtype) }

  /// The shared object for `dtype` as a cell value.
  static func value(_ dtype: DType) -> Value { .native(of(dtype)) }

  var typeName: String { "dtype" }

  func repr() -> String { dtype.description }

  func getAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "is_floating_point": return .bool(dtype.isFloatingPoint)
    case "is_complex": return .bool(false)
    case "is_signed": return .bool(dtype != .bool)
    case "itemsize":
      switch dtype {
      case .float32: return .int(4)
      case .float64, .int64: return .int(8)
      case .bool: return .int(1)
      }
    default: return nil
    }
  }

  func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    guard op == .equal || op == .notEqual else { return nil }
    var same = false
    if case .native(let object as DTypeObject) = other { same = object.dtype == dtype }
    return .bool(op == .equal ? same : !same)
  }
}
