/// printf-style `%` formatting of strings: `%s %r %d %i %f %e %g %x %o %c %%` with flags, width, precision.
struct PercentFormatter {
  let evaluator: Evaluator

  func format(_ template: String, _ argument: Value) throws -> String {
    var values: [Value]
    var mapping: DictObject?
    switch argument {
    case .tuple(let elements): values = elements
    case .dict(let dict):
      mapping = dict
      values = [argument]
    default: values = [argument]
    }
    let characters = Array(template)
    var output = ""
    var index = 0
    var next = 0
    func nextValue() throws -> Value {
      guard next < values.count else { throw PythonError.typeError("not enough arguments for format string") }
      defer { next += 1 }
      return values[next]
    }
    var usedMapping = false
    while index < characters.count {
      let character = characters[index]
      guard character == "%" else {
        output.append(character)
        index += 1
        continue
      }
      index += 1
      guard index < characters.count else { throw PythonError.valueError("incomplete format") }
      var key: String?
      if characters[index] == "(" {
        guard let close = characters[index...].firstIndex(of: ")") else {
          throw PythonError.valueError("incomplete format key")
        }
        key = String(characters[(index + 1)..<close])
        index = close + 1
      }
      var flags = ""
      while index < characters.count, "-+ #0".contains(characters[index]) {
        flags.append(characters[index])
        index += 1
      }
      var width = ""
      if index < characters.count, characters[index] == "*" {
        width = String(try nextValue().asInt())
        index += 1
      }
      width += FormatSpec.scanDigits(characters, from: &index)
      var precision: String?
      if index < characters.count, characters[index] == "." {
        index += 1
        let digits = FormatSpec.scanDigits(characters, from: &index)
        precision = digits.isEmpty ? "0" : digits
      }
      guard index < characters.count else { throw PythonError.valueError("incomplete format") }
      let type = characters[index]
      index += 1
      if type == "%" {
        output.append("%")
        continue
      }
      var value: Value
      if let key {
        guard let mapping else { throw PythonError.typeError("format requires a mapping") }
        guard let found = try mapping.get(.string(key)) else {
          throw PythonError(.keyError, arguments: [.string(key)])
        }
        value = found
        usedMapping = true
      } else {
        value = try nextValue()
      }
      var spec = ""
      if flags.contains("-") { spec += "<" } else if type == "s" || type == "r" || type == "a" { spec += ">" }
      if flags.contains("+") { spec += "+" } else if flags.contains(" ") { spec += " " }
      if flags.contains("#") { spec += "#" }
      if flags.contains("0") && !flags.contains("-") && !"sra".contains(type) { spec += "0" }
      spec += width
      switch type {
      case "s", "r", "a":
        var text = type == "s" ? try evaluator.strOf(value) : try evaluator.reprOf(value)
        if type == "a" { text = evaluator.asciiRepr(text) }
        if let precision { spec += "." + precision }
        output += try FormatSpec.format(.string(text), spec: spec)
      case "d", "i", "u":
        let number: Value
        switch value {
        case .int, .bool: number = .int(try value.asInt())
        case .float(let real):
          guard real.isFinite else {
            throw PythonError(.overflowError, "cannot convert float infinity to integer")
          }
          guard let truncated = Int(exactly: real.rounded(.towardZero)) else { throw PythonError.overflow() }
          number = .int(truncated)
        case .native(let object):
          guard let converted = try object.intValue(context: evaluator.context) else {
            throw PythonError.typeError("%\(type) format: a real number is required, not \(value.typeName)")
          }
          number = .int(converted)
        default:
          throw PythonError.typeError("%\(type) format: a real number is required, not \(value.typeName)")
        }
        output += try FormatSpec.format(number, spec: spec + "d")
      case "f", "F", "e", "E", "g", "G":
        let real: Double
        switch value {
        case .int, .float, .bool: real = try value.asDouble()
        case .native(let object):
          guard let converted = try object.floatValue(context: evaluator.context) else {
            throw PythonError.typeError("must be real number, not \(value.typeName)")
          }
          real = converted
        default: throw PythonError.typeError("must be real number, not \(value.typeName)")
        }
        spec += "." + (precision ?? "6") + String(type)
        output += try FormatSpec.format(.float(real), spec: spec)
      case "x", "X", "o":
        guard case .int = value else {
          throw PythonError.typeError("%\(type) format: an integer is required, not \(value.typeName)")
        }
        output += try FormatSpec.format(value, spec: spec + String(type))
      case "c":
        switch value {
        case .string(let text) where text.unicodeScalars.count == 1: output += text
        case .int: output += try FormatSpec.format(value, spec: "c")
        default: throw PythonError.typeError("%c requires int or char")
        }
      default:
        let code = type.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "0"
        throw PythonError.valueError(
          "unsupported format character '\(type)' (0x\(code)) at index \(index - 1)")
      }
      try evaluator.checkContainerSize(output.utf8.count, "string")
    }
    if mapping == nil && next < values.count {
      throw PythonError.typeError("not all arguments converted during string formatting")
    }
    _ = usedMapping
    return output
  }
}
