/// Element values in row-major order; float32 values are converted exactly to Double.
public enum ElementValues: Equatable, Sendable {
  case floating([Double])
  case integer([Int64])
  case boolean([Bool])

  /// The number of elements held.
  public var count: Int {
    switch self {
    case .floating(let values): return values.count
    case .integer(let values): return values.count
    case .boolean(let values): return values.count
    }
  }
}
