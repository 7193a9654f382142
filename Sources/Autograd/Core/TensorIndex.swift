/// One component of a subscript such as `x[0, 1:3, None, ..., idx]`.
public enum TensorIndex {
  /// An integer: selects and removes a dimension (negative counts from the end).
  case int(Int)
  /// A slice `start:stop:step` (nil parts take Python's defaults).
  case slice(start: Int?, stop: Int?, step: Int?)
  /// `None`: inserts a dimension of size 1.
  case none
  /// `...`: as many full slices as needed.
  case ellipsis
  /// An integer (int64) index tensor or a list converted to one: advanced indexing along one dimension.
  case tensor(Tensor)

  /// The full slice `:` (computed: an index may hold a tensor, so it cannot be a shared constant).
  public static var all: TensorIndex { .slice(start: nil, stop: nil, step: nil) }
}
