/// Renders the bracketed body of a non-empty tensor: nesting, alignment, wrapping and summarisation.
struct BodyRenderer {
  let shape: [Int]
  let reader: ElementReader
  let summarize: Bool
  let options: PrintOptions
  /// Row-major strides of `shape`.
  private let strides: [Int]
  /// The number of elements `shape` describes.
  private let elementCount: Int
  /// Per dimension, the shown indices in order; nil marks the `...` gap.
  private let shownIndices: [[Int?]]

  /// `reader` must serve every index of `shape` (the caller checks the element count).
  init(shape: [Int], reader: ElementReader, summarize: Bool, options: PrintOptions) {
    self.shape = shape
    self.reader = reader
    self.summarize = summarize
    self.options = options
    var strides = Array(repeating: 1, count: shape.count)
    var running = 1
    for dimension in shape.indices.reversed() {
      strides[dimension] = running
      // Cannot overflow: the caller checked the full product.
      running = running.multipliedReportingOverflow(by: shape[dimension]).partialValue
    }
    self.strides = strides
    elementCount = running
    let edge = options.edgeItems
    shownIndices = shape.map { size -> [Int?] in
      // `size > 2 * edge`, without overflowing for huge edge counts.
      if summarize && (edge < 0 || edge <= (size - 1) / 2) {
        let kept = Swift.max(edge, 0)
        return Array(0..<kept) + [nil] + Array((size - kept)..<size)
      }
      return Array(0..<size)
    }
  }

  /// The body text, e.g. `[[1., 2.],\n        [3., 4.]]`.
  func render() -> String {
    let formatter = ElementFormatter(
      reader: reader, count: elementCount, visibleIndices: summarize ? visibleFlatIndices() : nil,
      options: options)
    if shape.isEmpty { return formatter.format(at: 0) }
    return render(dimension: 0, offset: 0, indent: TensorPrinter.prefix.count, formatter: formatter)
  }

  /// Flat indices of every element that appears in the summarised text.
  private func visibleFlatIndices() -> [Int] {
    var offsets = [0]
    for dimension in shape.indices {
      let shown = shownIndices[dimension].compactMap { $0 }
      var next: [Int] = []
      next.reserveCapacity(offsets.count * shown.count)
      for offset in offsets {
        for index in shown { next.append(offset + index * strides[dimension]) }
      }
      offsets = next
    }
    return offsets
  }

  private func render(dimension: Int, offset: Int, indent: Int, formatter: ElementFormatter) -> String {
    let shown = shownIndices[dimension]
    if dimension == shape.count - 1 {
      // With no edge items a summarised row is only `...` (PyTorch drops the usual leading space).
      let items =
        summarize && options.edgeItems == 0
        ? ["..."]
        : shown.map { index -> String in
          guard let index else { return " ..." }
          return formatter.format(at: offset + index * strides[dimension])
        }
      let (room, overflow) = options.lineWidth.subtractingReportingOverflow(indent)
      let perLine = overflow ? 1 : max(1, room / (formatter.width + 2))
      var lines: [String] = []
      var start = 0
      while start < items.count {
        let end = min(start + perLine, items.count)
        lines.append(items[start..<end].joined(separator: ", "))
        start = end
      }
      return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
    }
    let children = shown.map { index -> String in
      guard let index else { return "..." }
      return render(
        dimension: dimension + 1, offset: offset + index * strides[dimension], indent: indent + 1,
        formatter: formatter)
    }
    let separator =
      "," + String(repeating: "\n", count: shape.count - dimension - 1)
      + String(repeating: " ", count: indent + 1)
    return "[" + children.joined(separator: separator) + "]"
  }
}
