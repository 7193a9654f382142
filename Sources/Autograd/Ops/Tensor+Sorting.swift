/// Ordering: `sort`, `argsort`, `msort`, `topk` and `median`, with PyTorch's order of equal elements and
/// NaN (NaN counts as the largest value), and gradients routed through the returned indices.
extension Tensor {
  /// The slices along `dim` as rows: `(values, rows, length)` with `dim` moved last, and a function
  /// writing per-row results of `width` back into a tensor of this shape with `dim` sized `width`.
  private func rowsAlong(_ d: Int) throws -> (values: [Double], rows: Int, length: Int) {
    let layout = try reductionLayout(rank == 0 ? [] : [d], keepdim: true)
    return (layout.values, layout.rows, layout.length)
  }

  /// Builds a tensor of `shape` (with `dim` of size `width`) from rows laid out with `dim` last.
  private static func fromRows<T>(
    _ rows: [T], shape: [Int], dim d: Int, width: Int, make: ([Int], [T]) -> Tensor
  ) throws -> Tensor {
    guard !shape.isEmpty else { return make([], rows) }
    var permutedShape = shape
    permutedShape.remove(at: d)
    permutedShape.append(width)
    let permuted = make(permutedShape, rows)
    var order = Array(0..<(shape.count - 1))
    order.insert(shape.count - 1, at: d)
    return try permuted.permute(order).contiguous().detach()
  }

  /// PyTorch's value order for sorting: NaN after every number; `descending` reverses it.
  private static func sortsBefore(_ a: Double, _ b: Double, descending: Bool) -> Bool {
    if descending { return (a.isNaN && !b.isNaN) || a > b }
    return (!a.isNaN && b.isNaN) || a < b
  }

  /// The order of each row (`dim` moved last) as indices: `std::stable_sort` when `stable`, else
  /// libstdc++'s `std::sort` (introsort), whose order of equal values PyTorch inherits.
  private func sortedIndices(dim d: Int, descending: Bool, stable: Bool) throws -> (
    values: [Double], order: [Int], length: Int
  ) {
    let (values, rows, length) = try rowsAlong(d)
    var order = [Int](repeating: 0, count: values.count)
    for row in 0..<rows {
      let base = row * length
      let sorted: [Int]
      if stable {
        sorted = (0..<length).sorted { i, j in
          let a = values[base + i]
          let b = values[base + j]
          if Tensor.sortsBefore(a, b, descending: descending) { return true }
          if Tensor.sortsBefore(b, a, descending: descending) { return false }
          return i < j
        }
      } else {
        var selection = StdlibSelection(items: Array(0..<length)) { i, j in
          Tensor.sortsBefore(values[base + i], values[base + j], descending: descending)
        }
        selection.sort(0, length)
        sorted = selection.items
      }
      for (k, i) in sorted.enumerated() { order[base + k] = i }
    }
    return (values, order, length)
  }

  /// `t.sort(dim, descending, stable)` → (values, indices); equal values keep their order only with
  /// `stable=True` (`SortBackward0`, or `SortBackward1` when `stable` is given).
  public func sort(dim: Int = -1, descending: Bool = false, stable: Bool? = nil) throws -> (
    values: Tensor, indices: Tensor
  ) {
    let d = try Shape.wrapDim(dim, rank: rank)
    let (values, order, length) = try sortedIndices(dim: d, descending: descending, stable: stable ?? false)
    let rows = length == 0 ? 0 : values.count / length
    var sortedValues = [Double](repeating: 0, count: values.count)
    var indexValues = [Int64](repeating: 0, count: values.count)
    for row in 0..<rows {
      for k in 0..<length {
        let i = order[row * length + k]
        sortedValues[row * length + k] = values[row * length + i]
        indexValues[row * length + k] = Int64(i)
      }
    }
    let kind = dtype
    let sortedTensor = try Tensor.fromRows(sortedValues, shape: shape, dim: d, width: length) {
      Tensor(shape: $0, dtype: kind, floats: $1)
    }
    let indices = try Tensor.fromRows(indexValues, shape: shape, dim: d, width: length) {
      Tensor(shape: $0, dtype: .int64, integers: $1)
    }
    try recordIndexSelection(stable == nil ? "SortBackward0" : "SortBackward1", values: sortedTensor, indices: indices, dim: d)
    return (sortedTensor, indices)
  }

  /// Records a node whose gradient is scattered back through `indices` along `dim` (sort, topk, median).
  private func recordIndexSelection(_ name: String, values: Tensor, indices: Tensor, dim d: Int) throws {
    let inputShape = shape
    let savedIndices = indices.detach()
    try Tensor.record(name, inputs: [self], outputs: [values]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      return [try Tensor.zeros(inputShape, dtype: grad.dtype).scatter(dim: d, index: savedIndices, source: grad)]
    }
  }

  /// `t.argsort(dim, descending, stable)`: the indices of `sort`.
  public func argsort(dim: Int = -1, descending: Bool = false, stable: Bool = false) throws -> Tensor {
    try AutogradContext.current.withMode(.noGrad) {
      try sort(dim: dim, descending: descending, stable: stable).indices
    }
  }

  /// `t.msort()`: `sort` along dim 0, values only.
  public func msort() throws -> Tensor { try sort(dim: 0).values }

  /// `t.topk(k, dim, largest, sorted)` → (values, indices) (`TopkBackward0`), choosing among equal values
  /// as PyTorch's CPU kernel does.
  public func topk(_ k: Int, dim: Int = -1, largest: Bool = true, sorted: Bool = true) throws -> (
    values: Tensor, indices: Tensor
  ) {
    let d = try Shape.wrapDim(dim, rank: rank)
    let (values, rows, length) = try rowsAlong(d)
    guard k >= 0, k <= length else { throw AutogradError.runtime("selected index k out of range") }
    if dtype == .bool {
      throw AutogradError(.notImplementedError, "topk does not support bool dtypes on CPU")
    }
    var topValues: [Double] = []
    var topIndices: [Int64] = []
    topValues.reserveCapacity(rows * k)
    topIndices.reserveCapacity(rows * k)
    for row in 0..<rows where k > 0 {
      let base = row * length
      let chosen = Tensor.topkRow(
        (0..<length).map { (value: values[base + $0], index: $0) }, k: k, largest: largest, sorted: sorted)
      for item in chosen {
        topValues.append(item.value)
        topIndices.append(Int64(item.index))
      }
    }
    let kind = dtype
    var outShape = shape
    if rank > 0 { outShape[d] = k }
    let valuesTensor = try Tensor.fromRows(topValues, shape: outShape, dim: d, width: k) {
      Tensor(shape: $0, dtype: kind, floats: $1)
    }
    let indices = try Tensor.fromRows(topIndices, shape: outShape, dim: d, width: k) {
      Tensor(shape: $0, dtype: .int64, integers: $1)
    }
    try recordIndexSelection("TopkBackward0", values: valuesTensor, indices: indices, dim: d)
    return (valuesTensor, indices)
  }

  /// One row of PyTorch's CPU `topk`: `partial_sort` when k is small next to the row (sorted either way),
  /// else `nth_element` then, if `sorted`, `sort` of the first k − 1.
  static func topkRow(_ pairs: [(value: Double, index: Int)], k: Int, largest: Bool, sorted: Bool)
    -> ArraySlice<(value: Double, index: Int)>
  {
    let n = pairs.count
    let comesFirst: ((value: Double, index: Int), (value: Double, index: Int)) -> Bool =
      largest
      ? { a, b in (a.value.isNaN && !b.value.isNaN) || a.value > b.value }
      : { a, b in (!a.value.isNaN && b.value.isNaN) || a.value < b.value }
    if k * 64 <= n {
      var selection = StdlibSelection(items: pairs, less: comesFirst)
      selection.partialSort(0, k, n)
      return selection.items[0..<k]
    }
    var selection = StdlibSelection(items: pairs, less: comesFirst)
    selection.nthElement(0, k - 1, n)
    if sorted { selection.sort(0, k - 1) }
    return selection.items[0..<k]
  }

  /// `t.median()`: the lower median of all elements, NaN if any (or if there are none) (`MedianBackward0`);
  /// equal values share the gradient evenly.
  public func median() throws -> Tensor {
    if dtype == .bool { throw AutogradError(.notImplementedError, "\"median_cpu\" not implemented for 'Bool'") }
    let values = try floatValues()
    let result: Double
    if values.isEmpty {
      result = .nan
    } else if let nan = values.first(where: { $0.isNaN }) {
      result = nan
    } else {
      result = values.sorted()[(values.count - 1) / 2]
    }
    let output = Tensor(shape: [], dtype: dtype, floats: [result])
    try Tensor.record("MedianBackward0", inputs: [self], outputs: [output], saving: [self, output]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil] }
      let input = saved[0]
      let value = saved[1]
      let isNaN = try value.item().doubleValue.isNaN
      let mask = try isNaN ? input.isnan() : input.eq(.tensor(value))
      let share = try grad.div(.tensor(mask.sum()))
      return [try mask.to(grad.dtype).mul(.tensor(share))]
    }
    return output
  }

  /// `t.median(dim, keepdim)` → (values, indices) (`MedianBackward1`): the lower median of each slice (of
  /// equal values, the one a stable sort puts in the middle), or its first NaN; the gradient goes to the
  /// reported index.
  public func median(dim: Int, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
    if dtype == .bool { throw AutogradError(.notImplementedError, "\"median_out\" not implemented for 'Bool'") }
    let d = try Shape.wrapDim(dim, rank: rank)
    let (values, rows, length) = try rowsAlong(d)
    guard length > 0 else {
      throw AutogradError.index("median(): Expected reduction dim \(d) to have non-zero size.")
    }
    var medians = [Double](repeating: 0, count: rows)
    var positions = [Int64](repeating: 0, count: rows)
    for row in 0..<rows {
      let base = row * length
      if let nan = (0..<length).first(where: { values[base + $0].isNaN }) {
        medians[row] = values[base + nan]
        positions[row] = Int64(nan)
        continue
      }
      // PyTorch selects with ties broken by position, so the median is the middle of a stable sort.
      let middle = (length - 1) / 2
      let chosen = (0..<length).sorted { i, j in
        values[base + i] < values[base + j] || (values[base + i] == values[base + j] && i < j)
      }[middle]
      medians[row] = values[base + chosen]
      positions[row] = Int64(chosen)
    }
    let outShape = reducedShape(rank == 0 ? [] : [d], keepdim: keepdim)
    let valuesTensor = Tensor(shape: outShape, dtype: dtype, floats: medians)
    let indices = Tensor(shape: outShape, dtype: .int64, integers: positions)
    let inputShape = shape
    let savedIndices = indices.detach()
    try Tensor.record("MedianBackward1", inputs: [self], outputs: [valuesTensor]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      let spread = keepdim || inputShape.isEmpty ? grad : try grad.unsqueeze(d)
      let where_ = keepdim || inputShape.isEmpty ? savedIndices : try savedIndices.unsqueeze(d)
      return [try Tensor.zeros(inputShape, dtype: grad.dtype).scatter(dim: d, index: where_, source: spread)]
    }
    return (valuesTensor, indices)
  }
}
