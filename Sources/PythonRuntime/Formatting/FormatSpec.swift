import NumberFormat

/// Python's format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct FormatSpec {
  var fill: Character = " "
  var align: Character?
  var sign: Character = "-"
  /// `z`: a float that rounds to zero prints without its minus sign.
  var coerceNegativeZero = false
  var alternate = false
  var zeroPad = false
  var width = 0
  var grouping: Character?
  var precision: Int?
  var type: Character?

  /// Parses `spec`, raising Python's ValueError for malformed specs.
  init(_ spec: String) throws {
    let characters = Array(spec)
    var index = 0
    func isAlign(_ character: Character) -> Bool { "<>=^".contains(character) }
    if characters.count >= 2, isAlign(characters[1]) {
      fill = characters[0]
      align = characters[1]
      index = 2
    } else if let first = characters.first, isAlign(first) {
      align = first
      index = 1
    }
    if index < characters.count, "+- ".contains(characters[index]) {
      sign = characters[index]
      index += 1
    }
    if index < characters.count, characters[index] == "z" {
      coerceNegativeZero = true
      index += 1
    }
    if index < characters.count, characters[index] == "#" {
      alternate = true
      index += 1
    }
    if index < characters.count, characters[index] == "0" {
      zeroPad = true
      index += 1
    }
    let widthText = Self.scanDigits(characters, from: &index)
    if !widthText.isEmpty {
      guard let parsed = Int(widthText), parsed <= 100_000 else {
        throw PythonError.valueError("Too many decimal digits in format string")
      }
      width = parsed
    }
    if index < characters.count, characters[index] == "," || characters[index] == "_" {
      grouping = characters[index]
      index += 1
    }
    if index < characters.count, characters[index] == "." {
      index += 1
      let precisionText = Self.scanDigits(characters, from: &index)
      guard !precisionText.isEmpty else { throw PythonError.valueError("Format specifier missing precision") }
      guard let parsed = Int(precisionText), parsed <= 10_000 else {
        throw PythonError.valueError("Too many decimal digits in format string")
      }
      precision = parsed
    }
    if index < characters.count {
      type = characters[index]
      index += 1
    }
    if index < characters.count {
      throw PythonError.valueError("Invalid format specifier '\(spec)' for object of type '%TYPE%'")
    }
  }

  /// The ASCII digits starting at `index` (possibly none), leaving `index` just past them.
  static func scanDigits(_ characters: [Character], from index: inout Int) -> String {
    let start = index
    while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
    return String(characters[start..<index])
  }

  /// Formats a built-in value (natives are handled by the evaluator).
  static func format(_ value: Value, spec specText: String) throws -> String {
    if specText.isEmpty { return ValueFormatter.str(value) }
    let spec: FormatSpec
    do {
      spec = try FormatSpec(specText)
    } catch let error as PythonError {
      throw PythonError.valueError(error.message.replacingOccurrences(of: "%TYPE%", with: value.typeName))
    }
    switch value {
    case .bool(let flag):
      // bool formats as an int once a spec is given (only the empty spec prints True/False).
      return try spec.formatInteger(flag ? 1 : 0, typeName: "bool")
    case .int(let number): return try spec.formatInteger(number, typeName: "int")
    case .float(let number): return try spec.formatFloat(number)
    case .string(let text): return try spec.formatString(text, typeName: "str")
    default:
      throw PythonError.typeError("unsupported format string passed to \(value.typeName).__format__")
    }
  }

  private func invalidType(_ typeName: String) -> PythonError {
    PythonError.valueError(
      "Unknown format code '\(type.map(String.init) ?? "")' for object of type '\(typeName)'")
  }

  func formatString(_ text: String, typeName: String) throws -> String {
    if let type, type != "s" { throw invalidType(typeName) }
    if coerceNegativeZero {
      throw PythonError.valueError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if sign != "-" { throw PythonError.valueError("Sign not allowed in string format specifier") }
    if grouping != nil { throw PythonError.valueError("Cannot specify ',' with 's'.") }
    if align == "=" { throw PythonError.valueError("'=' alignment not allowed in string format specifier") }
    var body = text
    if let precision, body.unicodeScalars.count > precision {
      body = String(String.UnicodeScalarView(body.unicodeScalars.prefix(precision)))
    }
    return pad(sign: "", body: body, defaultAlign: "<")
  }

  func formatInteger(_ number: Int, typeName: String) throws -> String {
    if coerceNegativeZero, type.map({ !"eEfFgG%".contains($0) }) ?? true {
      throw PythonError.valueError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    switch type {
    case nil, "d", "n":
      if precision != nil {
        throw PythonError.valueError("Precision not allowed in integer format specifier")
      }
      return pad(
        sign: signText(negative: number < 0), body: group(String(number.magnitude), every: 3),
        defaultAlign: ">")
    case "b", "o", "x", "X":
      if precision != nil {
        throw PythonError.valueError("Precision not allowed in integer format specifier")
      }
      let radix = type == "b" ? 2 : type == "o" ? 8 : 16
      var digits = String(number.magnitude, radix: radix, uppercase: type == "X")
      digits = group(digits, every: 4)
      var prefix = ""
      if alternate { prefix = type == "b" ? "0b" : type == "o" ? "0o" : type == "x" ? "0x" : "0X" }
      return pad(sign: signText(negative: number < 0) + prefix, body: digits, defaultAlign: ">")
    case "c":
      guard number >= 0, let scalar = Unicode.Scalar(UInt32(clamping: number)) else {
        throw PythonError(.overflowError, "%c arg not in range(0x110000)")
      }
      return pad(sign: "", body: String(Character(scalar)), defaultAlign: "<")
    case "e", "E", "f", "F", "g", "G", "%":
      return try formatFloat(Double(number))
    default:
      throw invalidType(typeName)
    }
  }

  func formatFloat(_ number: Double) throws -> String {
    var negative = number.sign == .minus
    let magnitude = abs(number)
    var body: String
    let upper = type == "E" || type == "F" || type == "G"
    if magnitude.isNaN || magnitude.isInfinite {
      body = magnitude.isNaN ? "nan" : "inf"
      if upper { body = body.uppercased() }
      if type == "%" { body += "%" }
      let isNegative = number.isNaN ? false : number < 0
      return pad(sign: signText(negative: isNegative), body: body, defaultAlign: ">", numeric: true)
    }
    switch type {
    case "f", "F":
      body = FloatFormatter.fixed(magnitude, precision: precision ?? 6)
      if alternate && !body.contains(".") { body += "." }
    case "e", "E":
      body = FloatFormatter.exponent(magnitude, precision: precision ?? 6)
      if alternate && !body.contains("."), let exponentStart = body.firstIndex(of: "e") {
        body.insert(".", at: exponentStart)
      }
      if upper { body = body.uppercased() }
    case "g", "G":
      body = FloatFormatter.general(magnitude, precision: precision ?? 6, alternate: alternate, noType: false)
      if upper { body = body.uppercased() }
    case "%":
      body = FloatFormatter.fixed(magnitude * 100, precision: precision ?? 6)
      // magnitude × 100 may overflow to inf, which takes no decimal point.
      let wantsPoint = alternate && !body.contains(".") && body.first?.isNumber == true
      body += wantsPoint ? ".%" : "%"
    case nil:
      if let precision {
        body = FloatFormatter.general(magnitude, precision: precision, alternate: alternate, noType: true)
      } else {
        body = PythonFloatFormat.repr(magnitude)
      }
    case "n":
      body = FloatFormatter.general(magnitude, precision: precision ?? 6, alternate: alternate, noType: false)
    default:
      throw invalidType("float")
    }
    if coerceNegativeZero && negative && !body.contains(where: { "123456789".contains($0) }) {
      negative = false
    }
    if grouping != nil {
      let splitIndex = body.firstIndex(where: { !$0.isNumber }) ?? body.endIndex
      body = group(String(body[..<splitIndex]), every: 3) + body[splitIndex...]
    }
    return pad(sign: signText(negative: negative), body: body, defaultAlign: ">", numeric: true)
  }

  private func signText(negative: Bool) -> String {
    if negative { return "-" }
    switch sign {
    case "+": return "+"
    case " ": return " "
    default: return ""
    }
  }

  private func group(_ digits: String, every size: Int) -> String {
    guard let separator = grouping else { return digits }
    var result: [Character] = []
    for (offset, character) in digits.reversed().enumerated() {
      if offset > 0 && offset % size == 0 { result.append(separator) }
      result.append(character)
    }
    return String(result.reversed())
  }

  private func pad(sign: String, body: String, defaultAlign: Character, numeric: Bool = true) -> String {
    let length = sign.count + body.count
    guard width > length else { return sign + body }
    let padding = width - length
    var alignment = align ?? defaultAlign
    var fillCharacter = fill
    if zeroPad && align == nil && defaultAlign == ">" {
      alignment = "="
      fillCharacter = "0"
    } else if zeroPad && align == nil {
      fillCharacter = "0"
    }
    let filler = { (count: Int) in String(repeating: String(fillCharacter), count: count) }
    switch alignment {
    case "<": return sign + body + filler(padding)
    case "^": return filler(padding / 2) + sign + body + filler(padding - padding / 2)
    case "=": return sign + filler(padding) + body
    default: return filler(padding) + sign + body
    }
  }
}
