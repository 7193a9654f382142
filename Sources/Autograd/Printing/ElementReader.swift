/// Reads a tensor's elements by flat row-major index, for printing huge tensors without copying them:
/// a summarised repr reads only the elements it shows.
///
/// The closure is called only with indices in `0 ..< count` of the tensor being printed.
public enum ElementReader {
  case floating((Int) -> Double)
  case integer((Int) -> Int64)
  case boolean((Int) -> Bool)

  /// A reader over stored values (indices outside the array read as 0 / false).
  public init(_ values: ElementValues) {
    switch values {
    case .floating(let elements):
      self = .floating { elements.indices.contains($0) ? elements[$0] : 0 }
    case .integer(let elements):
      self = .integer { elements.indices.contains($0) ? elements[$0] : 0 }
    case .boolean(let elements):
      self = .boolean { elements.indices.contains($0) ? elements[$0] : false }
    }
  }
}
