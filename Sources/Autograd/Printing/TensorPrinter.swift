/// PyTorch 2.15's tensor `repr`/`str`, under the session's print options (`torch.set_printoptions`).
public enum TensorPrinter {
  /// Deeper tensors are not rendered (the renderer recurses once per dimension; PyTorch itself hits
  /// Python's recursion limit printing a tensor of a few hundred dimensions).
  public static let maximumPrintableDimensions = 512
  /// `tensor(` is the prefix; its length is the base indentation.
  static let prefix = "tensor("

  /// `repr(tensor)` (== `str(tensor)`) exactly as PyTorch 2.15 prints it under `options` (by default the
  /// session's).
  ///
  /// A description whose shape does not match its element count yields a readable
  /// `tensor(<invalid …>)` text instead of trapping.
  public static func repr(
    _ tensor: TensorDescription, options: PrintOptions = AutogradContext.current.printOptions
  ) -> String {
    guard let elementCount = elementCount(of: tensor.shape), elementCount == tensor.values.count else {
      let header = tensor.isParameter ? "Parameter containing:\n" : ""
      return header + prefix + "<invalid tensor: shape \(tensor.shape) with \(tensor.values.count) values>)"
    }
    return repr(
      shape: tensor.shape, dtype: tensor.dtype, elements: ElementReader(tensor.values),
      requiresGrad: tensor.requiresGrad, gradFnName: tensor.gradFnName, isParameter: tensor.isParameter,
      options: options)
  }

  /// `repr` reading elements on demand: for huge tensors, only the summarised elements are read.
  /// Flags mean what they mean in `TensorDescription`. An invalid shape (negative or overflowing
  /// size) yields a `tensor(<invalid …>)` text.
  public static func repr(
    shape: [Int], dtype: DType, elements: ElementReader, requiresGrad: Bool = false,
    gradFnName: String? = nil,
    isParameter: Bool = false, options: PrintOptions = AutogradContext.current.printOptions
  ) -> String {
    let header = isParameter ? "Parameter containing:\n" : ""
    guard let elementCount = elementCount(of: shape) else {
      return header + prefix + "<invalid tensor: shape \(shape)>)"
    }
    guard shape.count <= maximumPrintableDimensions else {
      return header + prefix + "<\(shape.count)-dimensional tensor: too deep to print>)"
    }
    var suffixes: [String] = []
    let body: String
    if elementCount == 0 {
      body = "[]"
      if shape.count != 1 { suffixes.append("size=" + tupleRepr(shape)) }
      if dtype != .float32 { suffixes.append("dtype=" + dtype.description) }
    } else {
      // With no edge items PyTorch cannot show any element, so it states the size instead.
      if options.edgeItems == 0 { suffixes.append("size=" + tupleRepr(shape)) }
      if dtype != .float32 && dtype != .int64 && dtype != .bool {
        suffixes.append("dtype=" + dtype.description)
      }
      body = BodyRenderer(
        shape: shape, reader: elements, summarize: options.summarizes(elementCount), options: options
      ).render()
    }
    if let gradFnName {
      suffixes.append("grad_fn=<" + gradFnName + ">")
    } else if requiresGrad {
      suffixes.append("requires_grad=True")
    }
    return header + appendingSuffixes(suffixes, to: prefix + body, lineWidth: options.lineWidth) + ")"
  }

  /// `torch.Size([2, 3])`
  public static func sizeRepr(_ shape: [Int]) -> String {
    "torch.Size([" + shape.map(String.init).joined(separator: ", ") + "])"
  }

  /// Python's tuple repr of sizes: `(0, 3)`, `(0,)`, `()`.
  public static func tupleRepr(_ shape: [Int]) -> String {
    if shape.count == 1 { return "(\(shape[0]),)" }
    return "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// The product of the sizes, or nil for a negative size or an overflowing product.
  static func elementCount(of shape: [Int]) -> Int? {
    var product = 1
    for size in shape {
      guard size >= 0 else { return nil }
      let (next, overflow) = product.multipliedReportingOverflow(by: size)
      guard !overflow else { return nil }
      product = next
    }
    return product
  }

  /// Appends `, suffix` items, wrapping as PyTorch does (including its two-column slack).
  static func appendingSuffixes(_ suffixes: [String], to text: String, lineWidth: Int) -> String {
    var output = text
    let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last ?? Substring(text)
    var column = lastLine.unicodeScalars.count + 2
    let indent = String(repeating: " ", count: prefix.count)
    for suffix in suffixes {
      let length = suffix.unicodeScalars.count
      if column + length + 2 > lineWidth {
        output += ",\n" + indent + suffix
        column = prefix.count + length
      } else {
        output += ", " + suffix
        column += length + 2
      }
    }
    return output
  }
}
