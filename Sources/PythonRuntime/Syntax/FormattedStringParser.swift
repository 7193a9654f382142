/// Splits an f-string body into literal text and replacement fields (`{expr!r:spec}`, `{x=}`).
enum FormattedStringParser {
  static func parse(_ body: String, raw: Bool, line: Int, column: Int, nesting: Int) throws -> [FormattedPart]
  {
    let characters = Array(body)
    var index = 0
    return try parseParts(
      characters, &index, raw: raw, line: line, column: column, nesting: nesting, inSpec: false)
  }

  private static func fail(_ message: String, line: Int, column: Int) -> PythonError {
    SyntaxErrorFactory.make("f-string: " + message, line: line, column: column)
  }

  private static func parseParts(
    _ characters: [Character], _ index: inout Int, raw: Bool, line: Int, column: Int, nesting: Int,
    inSpec: Bool
  ) throws -> [FormattedPart] {
    guard nesting < Parser.maximumNesting else {
      throw fail("expressions nested too deeply", line: line, column: column)
    }
    var parts: [FormattedPart] = []
    var literal = ""
    func flush() throws {
      if !literal.isEmpty {
        parts.append(.text(raw ? literal : try Lexer.unescape(literal, line: line, column: column)))
        literal = ""
      }
    }
    while index < characters.count {
      let character = characters[index]
      if character == "{" {
        if !inSpec, index + 1 < characters.count, characters[index + 1] == "{" {
          literal.append("{")
          index += 2
          continue
        }
        try flush()
        index += 1
        parts.append(
          try parseField(characters, &index, raw: raw, line: line, column: column, nesting: nesting))
        continue
      }
      if character == "}" {
        if inSpec { break }
        if index + 1 < characters.count, characters[index + 1] == "}" {
          literal.append("}")
          index += 2
          continue
        }
        throw fail("single '}' is not allowed", line: line, column: column)
      }
      if character == "\\", !raw, index + 1 < characters.count {
        literal.append(character)
        literal.append(characters[index + 1])
        index += 2
        continue
      }
      literal.append(character)
      index += 1
    }
    try flush()
    return parts
  }

  private static func parseField(
    _ characters: [Character], _ index: inout Int, raw: Bool, line: Int, column: Int, nesting: Int
  ) throws -> FormattedPart {
    var depth = 0
    var quote: Character?
    let start = index
    var expressionEnd: Int?
    while index < characters.count {
      let character = characters[index]
      if let open = quote {
        if character == open { quote = nil }
        index += 1
        continue
      }
      if character == "'" || character == "\"" {
        quote = character
      } else if "([{".contains(character) {
        depth += 1
      } else if ")]".contains(character) || (character == "}" && depth > 0) {
        depth -= 1
      } else if depth == 0 {
        if character == "}" || character == ":" {
          expressionEnd = index
          break
        }
        if character == "!", index + 1 < characters.count, characters[index + 1] != "=" {
          expressionEnd = index
          break
        }
      }
      index += 1
    }
    guard let end = expressionEnd else { throw fail("expecting '}'", line: line, column: column) }
    var expressionText = String(characters[start..<end])
    var echo: String?
    let trimmed = expressionText.trimmingTrailingWhitespace()
    if trimmed.hasSuffix("="), !trimmed.hasSuffix("=="), !trimmed.hasSuffix("!="), !trimmed.hasSuffix("<="),
      !trimmed.hasSuffix(">=")
    {
      echo = expressionText
      expressionText = String(trimmed.dropLast())
    }
    if expressionText.allSatisfy(\.isWhitespace) {
      throw fail("empty expression not allowed", line: line, column: column)
    }
    let expression = try Parser.parseFieldExpression(
      expressionText, line: line, column: column, nesting: nesting)
    var conversion: Character?
    if index < characters.count, characters[index] == "!" {
      index += 1
      guard index < characters.count, "sra".contains(characters[index]) else {
        throw fail("invalid conversion character: expected 's', 'r', or 'a'", line: line, column: column)
      }
      conversion = characters[index]
      index += 1
      guard index < characters.count, characters[index] == "}" || characters[index] == ":" else {
        throw fail("expecting '}'", line: line, column: column)
      }
    }
    var spec: [FormattedPart]?
    if index < characters.count, characters[index] == ":" {
      index += 1
      spec = try parseParts(
        characters, &index, raw: raw, line: line, column: column, nesting: nesting + 1, inSpec: true)
    }
    guard index < characters.count, characters[index] == "}" else {
      throw fail("expecting '}'", line: line, column: column)
    }
    index += 1
    return .field(expression, conversion: conversion, spec: spec, echo: echo)
  }
}

extension String {
  /// The string without trailing whitespace.
  func trimmingTrailingWhitespace() -> String {
    var result = self
    while let last = result.last, last.isWhitespace { result.removeLast() }
    return result
  }
}
