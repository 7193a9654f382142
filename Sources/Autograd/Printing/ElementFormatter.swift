/// Formats the elements of one tensor with PyTorch's shared formatter: one mode and one width computed
/// from the visible elements, each element right-justified to that width.
struct ElementFormatter {
  /// How floating-point elements are rendered.
  enum FloatStyle {
    /// Every nonzero finite value is integral: `1.`, `-0.`, `inf`.
    case integral
    /// Four decimals: `1.5000`.
    case fixed
    /// Scientific with four decimals: `1.0000e-05`.
    case scientific
  }

  /// Fixed-point digits after the point (PyTorch's default print precision).
  static let precision = 4

  let values: ElementValues
  let floatStyle: FloatStyle
  /// Every formatted element is left-padded with spaces to at least this many characters.
  let width: Int

  /// Builds the formatter from the elements at `visibleIndices` (all elements when nil).
  init(values: ElementValues, visibleIndices: [Int]?) {
    self.values = values
    switch values {
    case .floating(let elements):
      var minimum = Double.infinity
      var maximum = 0.0
      var allIntegral = true
      var anyNonZeroFinite = false
      Self.forEachVisible(elements, visibleIndices) { value in
        guard value.isFinite, value != 0 else { return }
        anyNonZeroFinite = true
        let magnitude = abs(value)
        minimum = Swift.min(minimum, magnitude)
        maximum = Swift.max(maximum, magnitude)
        if value != value.rounded(.up) { allIntegral = false }
      }
      guard anyNonZeroFinite else {
        floatStyle = .integral
        width = 1
        return
      }
      let style: FloatStyle
      if maximum / minimum > 1000 || maximum > 1e8 || minimum < 1e-4 {
        style = .scientific
      } else {
        style = allIntegral ? .integral : .fixed
      }
      var widest = 1
      Self.forEachVisible(elements, visibleIndices) { value in
        guard value.isFinite, value != 0 else { return }
        widest = Swift.max(widest, Self.render(value, style: style).utf8.count)
      }
      floatStyle = style
      width = widest
    case .integer(let elements):
      var widest = 1
      Self.forEachVisible(elements, visibleIndices) { value in
        widest = Swift.max(widest, String(value).utf8.count)
      }
      floatStyle = .fixed
      width = widest
    case .boolean(let elements):
      var anyFalse = false
      Self.forEachVisible(elements, visibleIndices) { value in
        if !value { anyFalse = true }
      }
      floatStyle = .fixed
      width = anyFalse ? 5 : 4
    }
  }

  /// The element at flat index `index`, padded to `width` (longer texts are kept whole).
  func format(at index: Int) -> String {
    let text: String
    switch values {
    case .floating(let elements):
      guard elements.indices.contains(index) else { return "?" }
      text = Self.render(elements[index], style: floatStyle)
    case .integer(let elements):
      guard elements.indices.contains(index) else { return "?" }
      text = String(elements[index])
    case .boolean(let elements):
      guard elements.indices.contains(index) else { return "?" }
      text = elements[index] ? "True" : "False"
    }
    let length = text.utf8.count
    return length >= width ? text : String(repeating: " ", count: width - length) + text
  }

  /// One floating-point value in the given style, unpadded.
  static func render(_ value: Double, style: FloatStyle) -> String {
    switch style {
    case .integral:
      if !value.isFinite { return PythonFloatFormat.nonFiniteText(value) ?? "nan" }
      return PythonFloatFormat.fixed(value, precision: 0) + "."
    case .fixed:
      return PythonFloatFormat.fixed(value, precision: precision)
    case .scientific:
      return PythonFloatFormat.scientific(value, precision: precision)
    }
  }

  /// Calls `body` with the elements at `indices` (every element when nil), skipping bad indices.
  private static func forEachVisible<Element>(
    _ elements: [Element], _ indices: [Int]?, _ body: (Element) -> Void
  ) {
    if let indices {
      for index in indices where elements.indices.contains(index) { body(elements[index]) }
    } else {
      for element in elements { body(element) }
    }
  }
}
