/// PyTorch's result-type rules for our four dtypes, including wrapped Python numbers and 0-d tensors.
enum TypePromotion {
  /// bool < integer < floating.
  static func category(_ dtype: DType) -> Int {
    switch dtype {
    case .bool: return 0
    case .int64: return 1
    case .float32, .float64: return 2
    }
  }

  /// Ordinary promotion of two dtypes.
  static func promote(_ a: DType, _ b: DType) -> DType {
    func rank(_ d: DType) -> Int {
      switch d {
      case .bool: return 0
      case .int64: return 1
      case .float32: return 2
      case .float64: return 3
      }
    }
    return rank(a) >= rank(b) ? a : b
  }

  /// The dtype of an op over `operands` (dimensioned tensors > 0-d tensors > wrapped Python numbers).
  static func resultType(_ operands: [Tensor]) -> DType {
    guard let highest = operands.map({ category($0.dtype) }).max() else { return .float32 }
    let groups: [[Tensor]] = [
      operands.filter { !$0.isWrappedNumber && $0.rank > 0 },
      operands.filter { !$0.isWrappedNumber && $0.rank == 0 },
    ]
    for group in groups {
      let members = group.filter { category($0.dtype) == highest }
      if let first = members.first {
        return members.dropFirst().reduce(first.dtype) { promote($0, $1.dtype) }
      }
    }
    switch highest {
    case 0: return .bool
    case 1: return .int64
    default: return DType.defaultFloat
    }
  }

  /// PyTorch's scalar-type name used in cast errors: Float, Double, Long, Bool.
  static func scalarTypeName(_ dtype: DType) -> String {
    switch dtype {
    case .float32: return "Float"
    case .float64: return "Double"
    case .int64: return "Long"
    case .bool: return "Bool"
    }
  }

  /// Whether an in-place op computing in `from` may store into `to`.
  static func canCast(from: DType, to: DType) -> Bool {
    if category(from) > category(to) { return false }
    return true
  }
}
