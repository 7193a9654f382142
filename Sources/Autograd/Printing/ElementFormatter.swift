import NumberFormat

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

  let reader: ElementReader
  let floatStyle: FloatStyle
  /// Digits after the point in fixed and scientific notation.
  let precision: Int
  /// Every formatted element is left-padded with spaces to at least this many characters.
  let width: Int

  /// Builds the formatter from the elements at `visibleIndices` (all `count` elements when nil).
  init(reader: ElementReader, count: Int, visibleIndices: [Int]?, options: PrintOptions) {
    self.reader = reader
    let precision = options.precision
    self.precision = precision
    let indices: [Int] = visibleIndices ?? Array(0..<max(0, count))
    switch reader {
    case .floating(let element):
      var minimum = Double.infinity
      var maximum = 0.0
      var allIntegral = true
      var nonZeroFinite: [Double] = []
      for index in indices {
        let value = element(index)
        guard value.isFinite, value != 0 else { continue }
        nonZeroFinite.append(value)
        let magnitude = abs(value)
        minimum = Swift.min(minimum, magnitude)
        maximum = Swift.max(maximum, magnitude)
        if value != value.rounded(.up) { allIntegral = false }
      }
      guard !nonZeroFinite.isEmpty else {
        floatStyle = .integral
        width = 1
        return
      }
      // `sci_mode` overrides PyTorch's choice; the width is measured in the mode finally used.
      let scientific =
        options.sciMode ?? (maximum / minimum > 1000 || maximum > 1e8 || minimum < 1e-4)
      let style: FloatStyle = scientific ? .scientific : (allIntegral ? .integral : .fixed)
      floatStyle = style
      width = nonZeroFinite.reduce(1) {
        Swift.max($0, Self.render($1, style: style, precision: precision).utf8.count)
      }
    case .integer(let element):
      floatStyle = .fixed
      width = indices.reduce(1) { Swift.max($0, String(element($1)).utf8.count) }
    case .boolean(let element):
      floatStyle = .fixed
      width = indices.contains { !element($0) } ? 5 : 4
    }
  }

  /// The element at flat index `index`, padded to `width` (longer texts are kept whole).
  func format(at index: Int) -> String {
    let text: String
    switch reader {
    case .floating(let element): text = Self.render(element(index), style: floatStyle, precision: precision)
    case .integer(let element): text = String(element(index))
    case .boolean(let element): text = element(index) ? "True" : "False"
    }
    let length = text.utf8.count
    return length >= width ? text : String(repeating: " ", count: width - length) + text
  }

  /// One floating-point value in the given style, unpadded.
  static func render(_ value: Double, style: FloatStyle, precision: Int) -> String {
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
}
