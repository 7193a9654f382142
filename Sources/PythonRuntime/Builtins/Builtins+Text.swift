/// Builtins that print and spell values: `print`, `repr`, `ascii`, `format`, `ord`, `chr`, `bin`, `oct`, `hex`.
extension Builtins {
  static let text: [BuiltinFunction] = [
    function("print") { arguments, evaluator in
      let bound = try arguments.bind(
        Signature(
          "print",
          [
            .init("sep", default: .none, keywordOnly: true), .init("end", default: .none, keywordOnly: true),
            .init("file", default: .none, keywordOnly: true),
            .init("flush", default: .bool(false), keywordOnly: true),
          ],
          variadicPositional: "values"))
      func text(_ key: String, _ fallback: String) throws -> String {
        switch bound[key] {
        case .none: return fallback
        case .string(let value): return value
        case let other: throw PythonError.typeError("\(key) must be None or a string, not \(other.typeName)")
        }
      }
      let separator = try text("sep", " ")
      let end = try text("end", "\n")
      if !bound["file"].isNone {
        throw PythonError(.runtimeError, "print(file=...) is not available in Gradbook cells")
      }
      var line = ""
      for (offset, value) in bound.extraPositional.enumerated() {
        if offset > 0 { line += separator }
        line += try evaluator.strOf(value)
        if line.utf8.count > evaluator.limits.outputCharacters * 4 { break }
      }
      try evaluator.write(line + end)
      return .none
    },
    function("repr") { arguments, evaluator in .string(try evaluator.reprOf(try single(arguments, "repr"))) },
    function("ascii") { arguments, evaluator in
      .string(evaluator.asciiRepr(try evaluator.reprOf(try single(arguments, "ascii"))))
    },
    function("format") { arguments, evaluator in
      let bound = try arguments.bind(
        Signature("format", ["value", .init("format_spec", default: .string(""))]))
      return .string(try evaluator.format(bound["value"], spec: try bound["format_spec"].asString()))
    },
    function("ord") { arguments, evaluator in
      let value = try single(arguments, "ord")
      guard case .string(let text) = value else {
        throw PythonError.typeError("ord() expected string of length 1, but \(value.typeName) found")
      }
      guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
        throw PythonError.typeError(
          "ord() expected a character, but string of length \(text.unicodeScalars.count) found")
      }
      return .int(Int(scalar.value))
    },
    function("chr") { arguments, evaluator in
      let code = try single(arguments, "chr").asInt()
      guard code >= 0, code < 0x110000 else {
        throw PythonError.valueError("chr() arg not in range(0x110000)")
      }
      guard let scalar = Unicode.Scalar(UInt32(code)) else {
        throw PythonError.valueError("chr() arg is a surrogate, not supported in Gradbook")
      }
      return .string(String(Character(scalar)))
    },
    radix("bin", 2, "0b"),
    radix("oct", 8, "0o"),
    radix("hex", 16, "0x"),
  ]

  /// `bin`/`oct`/`hex(x)`: the integer in base `radix` after `prefix`, sign first.
  private static func radix(_ name: String, _ radix: Int, _ prefix: String) -> BuiltinFunction {
    function(name) { arguments, _ in
      let number = try single(arguments, name).asInt()
      return .string((number < 0 ? "-" : "") + prefix + String(number.magnitude, radix: radix))
    }
  }
}
