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

  /// `torch.dtype`.
  static let type = TypeObject(
    name: "dtype", qualifiedName: "torch.dtype", messageName: "torch.dtype",
    members: MemberTable([
      [
        read("is_floating_point") { .bool($0.isFloatingPoint) },
        read("is_complex") { _ in .bool(false) },
        read("is_signed") { .bool($0 != .bool && $0 != .uint8) },
        read("itemsize") { .int(TensorProperties.itemSize($0)) },
      ]
    ]))

  var pythonType: TypeObject { DTypeObject.type }

  func repr() -> String { dtype.description }

  private static func read(_ name: String, _ get: @escaping @Sendable (DType) -> Value) -> Member {
    Member.property(of: DTypeObject.self, name) { object, _ in get(object.dtype) }
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
