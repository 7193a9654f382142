/// Order statistics along a dim: `kthvalue` and `mode`, choosing among equal values exactly as PyTorch's
/// CPU kernels do, so the reported index (and the gradient) lands where PyTorch puts it.
extension Tensor {
  /// `t.kthvalue(k, dim, keepdim)` → (values, indices) (`KthvalueBackward0`): the k-th smallest element
  /// of each slice (NaN counting as the largest), found with PyTorch's quickselect.
  public func kthvalue(_ k: Int, dim: Int = -1, keepdim: Bool = false) throws -> (
    values: Tensor, indices: Tensor
  ) {
    if dtype == .bool {
      throw AutogradError(.notImplementedError, "\"kthvalue_cpu\" not implemented for 'Bool'")
    }
    let d = try Shape.wrapDim(dim, rank: rank)
    try checkReductionDimNotEmpty(d, function: "kthvalue()")
    let size = rank == 0 ? 1 : shape[d]
    guard k >= 1, k <= size else {
      throw AutogradError.runtime("kthvalue(): selected number k out of range for dimension \(d)")
    }
    return try selectPerSlice(dim: d, keepdim: keepdim, name: "KthvalueBackward0") { row in
      Tensor.quickSelect(row, k: k - 1)
    }
  }

  /// `t.mode(dim, keepdim)` → (values, indices) (`ModeBackward0`): the most frequent value of each slice
  /// (the smallest among equally frequent ones) and the index PyTorch reports for it: its kernel sorts
  /// (value, index) pairs by value with `std::sort`, which is not stable, and takes the last of the run.
  public func mode(dim: Int = -1, keepdim: Bool = false) throws -> (values: Tensor, indices: Tensor) {
    let d = try Shape.wrapDim(dim, rank: rank)
    try checkReductionDimNotEmpty(d, function: "mode()")
    return try selectPerSlice(dim: d, keepdim: keepdim, name: "ModeBackward0") { row in
      var pairs = StdlibSelection(items: Array(row.enumerated())) { $0.element < $1.element }
      pairs.sort(0, row.count)
      var best = 0
      var bestCount = 0
      var runLength = 0
      for i in 0..<pairs.items.count {
        runLength += 1
        // NaN differs from everything, itself included: each NaN is a run of one.
        if i == pairs.items.count - 1 || pairs.items[i].element != pairs.items[i + 1].element {
          if runLength > bestCount {
            best = pairs.items[i].offset
            bestCount = runLength
          }
          runLength = 0
        }
      }
      return best
    }
  }

  /// PyTorch's `zero_numel_check_dims`: a reduction over an empty dim has nothing to select.
  private func checkReductionDimNotEmpty(_ d: Int, function: String) throws {
    if rank == 0 ? count == 0 : shape[d] == 0 {
      throw AutogradError.index("\(function): Expected reduction dim \(d) to have non-zero size.")
    }
  }

  /// Picks one element per slice along `d` (`choose` returns its position in the slice) and records the
  /// gradient's path back to it, as PyTorch's `value_selecting_reduction_backward` does.
  private func selectPerSlice(
    dim d: Int, keepdim: Bool, name: String, choose: ([Double]) -> Int
  ) throws -> (values: Tensor, indices: Tensor) {
    let layout = try reductionLayout(rank == 0 ? [] : [d], keepdim: true)
    let exact = dtype.isFloatingPoint ? nil : try movedLast(d).integerValues()
    var chosenValues: [Double] = []
    var chosenIntegers: [Int64] = []
    var positions: [Int64] = []
    for row in 0..<layout.rows {
      let start = row * layout.length
      let position = choose(Array(layout.values[start..<(start + layout.length)]))
      positions.append(Int64(position))
      chosenValues.append(layout.values[start + position])
      if let exact { chosenIntegers.append(exact[start + position]) }
    }
    let outShape = reducedShape(rank == 0 ? [] : [d], keepdim: keepdim)
    let values =
      dtype.isFloatingPoint
      ? Tensor(shape: outShape, dtype: dtype, exactFloats: chosenValues)
      : Tensor(shape: outShape, dtype: dtype, integers: chosenIntegers)
    let indices = Tensor(shape: outShape, dtype: .int64, integers: positions)
    let inputShape = shape
    let savedIndices = indices.detach()
    try Tensor.record(name, inputs: [self], outputs: [values]) { grads, _ in
      guard let grad = grads[0] else { return [nil] }
      let spread = keepdim || inputShape.isEmpty ? grad : try grad.unsqueeze(d)
      let at = keepdim || inputShape.isEmpty ? savedIndices : try savedIndices.unsqueeze(d)
      return [try Tensor.zeros(inputShape, dtype: grad.dtype).scatter(dim: d, index: at, source: spread)]
    }
    return (values, indices)
  }

  /// The values with `d` moved last (row-major), matching `reductionLayout`'s rows, read as integers.
  private func movedLast(_ d: Int) throws -> Tensor {
    guard rank > 1 else { return self }
    var order = Array(0..<rank)
    order.remove(at: d)
    order.append(d)
    return try AutogradContext.current.withMode(.noGrad) { try permute(order).contiguous() }
  }

  /// PyTorch's quickselect (TH's, after Sedgewick): median-of-three pivots and a Hoare partition with NaN
  /// ordered last; returns the original position of the element that ends at `k`. Ties go wherever its
  /// swaps leave them, which decides the reported index.
  static func quickSelect(_ values: [Double], k: Int) -> Int {
    var items = values
    var order = Array(0..<values.count)
    func greater(_ x: Double, _ y: Double) -> Bool { (x.isNaN && !y.isNaN) || x > y }
    func swap(_ a: Int, _ b: Int) {
      items.swapAt(a, b)
      order.swapAt(a, b)
    }
    var low = 0
    var high = values.count - 1
    while high > low {
      if high == low + 1 {
        if greater(items[low], items[high]) { swap(low, high) }
        break
      }
      swap((low + high) >> 1, low + 1)
      if greater(items[low + 1], items[high]) { swap(low + 1, high) }
      if greater(items[low], items[high]) { swap(low, high) }
      if greater(items[low + 1], items[low]) { swap(low + 1, low) }
      var i = low + 1
      var j = high
      let pivot = items[low]
      while true {
        // The median-of-three leaves sentinels at both ends; the bounds only keep a scan in the range.
        repeat { i += 1 } while i < high && greater(pivot, items[i])
        repeat { j -= 1 } while j > low && greater(items[j], pivot)
        if j < i { break }
        swap(i, j)
      }
      swap(low, j)
      if j <= k { low = i }
      if j >= k { high = j - 1 }
    }
    return order[k]
  }
}
