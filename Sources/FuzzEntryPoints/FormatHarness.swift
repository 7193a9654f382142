import PythonRuntime
import Workbook

/// Fuzzes format specs and `%`-formatting through the evaluator: `format()`, nested f-string specs, `%` with one
/// value, a tuple or a mapping, and `str.format`, each with a fuzzed spec or template.
///
/// Input: an operation byte, two value-kind bytes, 8 bytes for each value, then the spec or template (UTF-8).
enum FormatHarness {
  static let startLine = 1

  /// The cell's line that formats; every error must come from it (the lines before only bind values).
  static let formattingLine = 5

  static func run(_ bytes: [UInt8]) throws -> FuzzOutcome {
    var input = FuzzInput(bytes)
    let operation = input.byte() % 6
    let kinds = (input.byte(), input.byte())
    let first = value(kind: kinds.0, bits: input.bytes(8))
    let second = value(kind: kinds.1, bits: input.bytes(8))
    let text = String(decoding: input.rest(), as: UTF8.self)
    let formatting: String
    switch operation {
    case 0: formatting = "format(v, s)"
    case 1: formatting = "f'{v:{s}}'"
    case 2: formatting = "s % v"
    case 3: formatting = "s % (v, w)"
    case 4: formatting = "s % {'a': v, 'b': w}"
    default: formatting = "s.format(v, w, a=v)"
    }
    let code =
      "import torch\nv = \(first)\nw = \(second)\ns = \(PythonLiteral.string(text))\nr = \(formatting)\n"
    let result = Session(limits: CellHarness.limits, modules: .lesson()).run(code, startLine: startLine)
    let outcome = try CellHarness.check(result, code: code, startLine: startLine, harness: .format)
    if let error = result.error {
      guard error.line == formattingLine, !["SyntaxError", "NameError"].contains(error.typeName) else {
        throw FuzzInvariantViolation(.format, "\(error.text) at line \(error.line) of\n\(code)")
      }
    }
    return outcome
  }

  /// A value of one of a dozen kinds (ints, floats, strings, bools, None, containers, tensors) built from 8 bytes.
  static func value(kind: UInt8, bits: [UInt8]) -> String {
    let integer = bits.reversed().reduce(0) { $0 << 8 | Int($1) }
    let number = Double(bitPattern: UInt64(bitPattern: Int64(integer)))
    let small = Int(Int8(bitPattern: bits[0]))
    switch kind % 12 {
    case 0: return PythonLiteral.int(integer)
    case 1: return PythonLiteral.float(number)
    case 2: return PythonLiteral.string(String(decoding: bits.prefix { $0 != 0 }, as: UTF8.self))
    case 3: return bits[0] & 1 == 0 ? "False" : "True"
    case 4: return "None"
    case 5: return "\(small)"
    case 6: return "\(small) / 8"
    case 7: return "torch.tensor(\(PythonLiteral.float(number)))"
    case 8: return "torch.tensor([\(small) / 4, \(Int8(bitPattern: bits[1]))])"
    case 9: return "[\(small), 'x']"
    case 10: return "(\(small),)"
    default: return "{'a': \(small)}"
    }
  }
}
