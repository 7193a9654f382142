/// PyTorch's result-type rules, including wrapped Python numbers and 0-d tensors.
enum TypePromotion {
  /// bool < integer < floating.
  static func category(_ dtype: DType) -> Int {
    if dtype == .bool { return 0 }
    return dtype.isFloatingPoint ? 2 : 1
  }

  /// `torch.promote_types(a, b)`: the smallest dtype holding both. Within a category the wider type
  /// wins; uint8 with int8 needs int16, and float16 with bfloat16 needs float32.
  static func promote(_ a: DType, _ b: DType) -> DType {
    if a == b { return a }
    let (ca, cb) = (category(a), category(b))
    if ca != cb { return ca > cb ? a : b }
    let pair = Set([a, b])
    if pair == [.uint8, .int8] { return .int16 }
    if pair == [.float16, .bfloat16] { return .float32 }
    func width(_ d: DType) -> Int {
      switch d {
      case .bool: return 0
      case .uint8, .int8: return 1
      case .int16, .float16, .bfloat16: return 2
      case .int32, .float32: return 3
      case .int64, .float64: return 4
      }
    }
    return width(a) >= width(b) ? a : b
  }

  /// The dtype of an op over `operands` (dimensioned tensors > 0-d tensors > wrapped Python numbers).
  static func resultType(_ operands: [Tensor]) -> DType {
    var highest = -1
    for operand in operands { highest = Swift.max(highest, category(operand.dtype)) }
    if highest < 0 { return DType.defaultFloat }
    // Priority groups: 0 = dimensioned tensors, 1 = 0-d tensors, 2 = wrapped numbers.
    for group in 0..<2 {
      var result: DType? = nil
      for operand in operands where category(operand.dtype) == highest {
        let operandGroup = operand.isWrappedNumber ? 2 : (operand.rank > 0 ? 0 : 1)
        guard operandGroup == group else { continue }
        result = result.map { promote($0, operand.dtype) } ?? operand.dtype
      }
      if let found = result { return found }
    }
    switch highest {
    case 0: return .bool
    case 1: return .int64
    default: return DType.defaultFloat
    }
  }

  /// Whether an in-place op computing in `from` may store into `to`.
  static func canCast(from: DType, to: DType) -> Bool {
    if category(from) > category(to) { return false }
    return true
  }
}
