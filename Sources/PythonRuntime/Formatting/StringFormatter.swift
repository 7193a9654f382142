/// `str.format`: `{}` / `{0}` / `{name}` fields with `.attr` / `[key]` lookups, `!r`/`!s`/`!a`, and specs.
struct StringFormatter {
  let evaluator: Evaluator

  func format(_ template: String, _ arguments: Arguments) throws -> String {
    var automaticIndex = 0
    var usedManual = false
    var usedAutomatic = false
    return try render(template, arguments, &automaticIndex, &usedManual, &usedAutomatic, depth: 0)
  }

  private func render(
    _ template: String, _ arguments: Arguments, _ automaticIndex: inout Int, _ usedManual: inout Bool,
    _ usedAutomatic: inout Bool, depth: Int
  ) throws -> String {
    guard depth <= 2 else { throw PythonError.valueError("Max string recursion exceeded") }
    let characters = Array(template)
    var output = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "{" {
        if index + 1 < characters.count, characters[index + 1] == "{" {
          output.append("{")
          index += 2
          continue
        }
        var nesting = 1
        var end = index + 1
        while end < characters.count {
          if characters[end] == "{" { nesting += 1 }
          if characters[end] == "}" {
            nesting -= 1
            if nesting == 0 { break }
          }
          end += 1
        }
        guard end < characters.count else {
          throw PythonError.valueError("expected '}' before end of string")
        }
        let field = String(characters[(index + 1)..<end])
        output += try renderField(
          field, arguments, &automaticIndex, &usedManual, &usedAutomatic, depth: depth)
        try evaluator.checkContainerSize(output.utf8.count, "string")
        index = end + 1
        continue
      }
      if character == "}" {
        if index + 1 < characters.count, characters[index + 1] == "}" {
          output.append("}")
          index += 2
          continue
        }
        throw PythonError.valueError("Single '}' encountered in format string")
      }
      output.append(character)
      index += 1
    }
    return output
  }

  private func renderField(
    _ field: String, _ arguments: Arguments, _ automaticIndex: inout Int, _ usedManual: inout Bool,
    _ usedAutomatic: inout Bool, depth: Int
  ) throws -> String {
    var name = field
    var spec = ""
    var conversion: Character?
    if let colon = Self.topLevelIndex(of: ":", in: field) {
      name = String(field[..<colon])
      spec = String(field[field.index(after: colon)...])
    }
    if let bang = name.firstIndex(of: "!") {
      let conversionText = name[name.index(after: bang)...]
      guard conversionText.count == 1, let first = conversionText.first, "rsa".contains(first) else {
        if conversionText.isEmpty {
          throw PythonError.valueError("end of string while looking for conversion specifier")
        }
        throw PythonError.valueError("Unknown conversion specifier \(conversionText)")
      }
      conversion = first
      name = String(name[..<bang])
    }
    // Split the field name into its first part and attribute / index lookups.
    var firstEnd = name.endIndex
    if let lookupStart = name.firstIndex(where: { $0 == "." || $0 == "[" }) { firstEnd = lookupStart }
    let first = String(name[..<firstEnd])
    var value: Value
    if first.isEmpty {
      if usedManual {
        throw PythonError.valueError(
          "cannot switch from manual field specification to automatic field numbering")
      }
      usedAutomatic = true
      guard automaticIndex < arguments.positional.count else {
        throw PythonError.indexError(
          "Replacement index \(automaticIndex) out of range for positional args tuple")
      }
      value = arguments.positional[automaticIndex]
      automaticIndex += 1
    } else if let number = Int(first) {
      if usedAutomatic {
        throw PythonError.valueError(
          "cannot switch from automatic field numbering to manual field specification")
      }
      usedManual = true
      guard number >= 0, number < arguments.positional.count else {
        throw PythonError.indexError("Replacement index \(number) out of range for positional args tuple")
      }
      value = arguments.positional[number]
    } else {
      guard let keyword = arguments.keywords.first(where: { $0.name == first }) else {
        throw PythonError(.keyError, arguments: [.string(first)])
      }
      value = keyword.value
    }
    var rest = name[firstEnd...]
    while let next = rest.first {
      if next == "." {
        rest = rest.dropFirst()
        let end = rest.firstIndex(where: { $0 == "." || $0 == "[" }) ?? rest.endIndex
        value = try evaluator.attribute(of: value, String(rest[..<end]))
        rest = rest[end...]
      } else if next == "[" {
        guard let close = rest.firstIndex(of: "]") else {
          throw PythonError.valueError("Missing ']' in format string")
        }
        let keyText = String(rest[rest.index(after: rest.startIndex)..<close])
        let key: Value = Int(keyText).map { .int($0) } ?? .string(keyText)
        value = try evaluator.subscriptGet(value, key)
        rest = rest[rest.index(after: close)...]
      } else {
        throw PythonError.valueError("Only '.' or '[' may follow ']' in format field specifier")
      }
    }
    switch conversion {
    case "r": value = .string(try evaluator.reprOf(value))
    case "s": value = .string(try evaluator.strOf(value))
    case "a": value = .string(evaluator.asciiRepr(try evaluator.reprOf(value)))
    default: break
    }
    if spec.contains("{") {
      spec = try render(spec, arguments, &automaticIndex, &usedManual, &usedAutomatic, depth: depth + 1)
    }
    return try evaluator.format(value, spec: spec)
  }

  private static func topLevelIndex(of target: Character, in text: String) -> String.Index? {
    var bracket = 0
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "[" { bracket += 1 }
      if character == "]" { bracket -= 1 }
      if character == target && bracket == 0 { return index }
      index = text.index(after: index)
    }
    return nil
  }
}
