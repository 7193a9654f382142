import NumberFormat

/// `repr()` and `str()` of Python values, as CPython prints them.
public enum ValueFormatter {
  /// Deepest container nesting printed before RecursionError.
  static let maximumDepth = 500

  /// `str(value)`: strings unquoted, everything else as `repr` (natives via their `str()`).
  public static func str(_ value: Value) -> String {
    (try? strThrowing(value)) ?? "..."
  }

  /// `repr(value)`.
  public static func repr(_ value: Value) -> String {
    (try? reprThrowing(value)) ?? "..."
  }

  /// Thrown when a text grows past the character limit it was given (so a huge repr stops early).
  struct CharacterLimitReached: Error {}

  static func strThrowing(_ value: Value, characterLimit: Int = .max) throws -> String {
    switch value {
    case .string(let text): return text
    case .native(let object): return object.str()
    case .exception(let exception): return exception.message
    default: return try reprThrowing(value, characterLimit: characterLimit)
    }
  }

  static func reprThrowing(_ value: Value, characterLimit: Int = .max) throws -> String {
    var visiting = Set<ObjectIdentifier>()
    var output = Output(limit: characterLimit)
    try write(value, into: &output, visiting: &visiting, depth: 0)
    return output.text
  }

  /// The text being written, which refuses to grow past its limit (in UTF-8 bytes, at least the characters).
  private struct Output {
    let limit: Int
    var text = ""

    static func += (output: inout Output, piece: String) {
      output.text += piece
    }

    /// Throws once the text is longer than the limit; checked per element written.
    func check() throws {
      if text.utf8.count > limit { throw CharacterLimitReached() }
    }
  }

  /// Writes `elements` separated by `, `, one level deeper than their container at `depth`.
  private static func writeElements(
    _ elements: [Value], into output: inout Output, visiting: inout Set<ObjectIdentifier>, depth: Int
  ) throws {
    for (offset, element) in elements.enumerated() {
      try output.check()
      if offset > 0 { output += ", " }
      try write(element, into: &output, visiting: &visiting, depth: depth + 1)
    }
  }

  private static func write(
    _ value: Value, into output: inout Output, visiting: inout Set<ObjectIdentifier>, depth: Int
  ) throws {
    guard depth < maximumDepth else {
      throw PythonError(
        .recursionError,
        "maximum recursion depth exceeded while getting the repr of an object")
    }
    switch value {
    case .none: output += "None"
    case .bool(let flag): output += flag ? "True" : "False"
    case .int(let number): output += String(number)
    case .float(let number): output += PythonFloatFormat.repr(number)
    case .string(let text): output += quoted(text)
    case .list(let list):
      // A list already being written is a cycle: CPython prints `[...]` (and `{...}` for dicts).
      guard visiting.insert(ObjectIdentifier(list)).inserted else {
        output += "[...]"
        return
      }
      output += "["
      try writeElements(list.elements, into: &output, visiting: &visiting, depth: depth)
      output += "]"
      visiting.remove(ObjectIdentifier(list))
    case .tuple(let elements):
      output += "("
      try writeElements(elements, into: &output, visiting: &visiting, depth: depth)
      output += elements.count == 1 ? ",)" : ")"
    case .dict(let dict):
      guard visiting.insert(ObjectIdentifier(dict)).inserted else {
        output += "{...}"
        return
      }
      if dict.displayStyle == .orderedDict {
        writeOrderedDict(dict, into: &output)
        visiting.remove(ObjectIdentifier(dict))
        return
      }
      var entries = dict.entries
      switch dict.displayStyle {
      case .defaultDict(let factory):
        output += "defaultdict("
        if let value = dict.defaultFactory {
          try write(value, into: &output, visiting: &visiting, depth: depth + 1)
        } else {
          output += "<class '\(factory)'>"
        }
        output += ", "
      case .counter:
        guard !entries.isEmpty else {
          output += "Counter()"
          visiting.remove(ObjectIdentifier(dict))
          return
        }
        output += "Counter("
        entries = Self.countOrder(entries)
      case .plain, .orderedDict: break
      }
      output += "{"
      for (offset, entry) in entries.enumerated() {
        try output.check()
        if offset > 0 { output += ", " }
        try write(entry.key, into: &output, visiting: &visiting, depth: depth + 1)
        output += ": "
        try write(entry.value, into: &output, visiting: &visiting, depth: depth + 1)
      }
      output += dict.displayStyle == .plain ? "}" : "})"
      visiting.remove(ObjectIdentifier(dict))
    case .set(let set):
      if set.count == 0 {
        output += "set()"
        return
      }
      output += "{"
      try writeElements(displayOrder(set.elements), into: &output, visiting: &visiting, depth: depth)
      output += "}"
    case .range(let range):
      output +=
        range.step == 1
        ? "range(\(range.start), \(range.stop))" : "range(\(range.start), \(range.stop), \(range.step))"
    case .slice(let slice):
      output += "slice("
      try writeElements(
        [slice.start, slice.stop, slice.step], into: &output, visiting: &visiting, depth: depth)
      output += ")"
    case .ellipsis: output += "Ellipsis"
    case .function(let function):
      output += "<function \(function.displayName("__qualname__")) at \(address(function))>"
    case .builtin(let function):
      output += "<built-in function \(function.name)>"
    case .type(let type):
      output += "<class '\(type.qualifiedName)'>"
    case .module(let module):
      output += "<module '\(module.name)' (built-in)>"
    case .native(let object):
      output += object.repr()
    case .exception(let exception):
      output += exception.type.name + "("
      try writeElements(exception.arguments, into: &output, visiting: &visiting, depth: depth)
      output += ")"
    case .iterator(let iterator):
      let name = iterator.displayName.map { $0 + " " } ?? ""
      output += "<\(iterator.typeName) object \(name)at \(address(iterator))>"
    }
  }

  /// `OrderedDict([(key, value), ...])`, or `OrderedDict()` when empty, as CPython 3.11 writes it.
  private static func writeOrderedDict(_ dict: DictObject, into output: inout Output) {
    guard dict.count > 0 else {
      output += "OrderedDict()"
      return
    }
    let pairs = dict.entries.map { Value.tuple([$0.key, $0.value]) }
    output += "OrderedDict(" + repr(.makeList(pairs)) + ")"
  }

  /// A Counter's entries as its repr lists them: by count, largest first, equal counts in insertion order;
  /// in insertion order when a count is not a number (CPython's repr falls back to the dict's then).
  private static func countOrder(_ entries: [(key: Value, value: Value)]) -> [(key: Value, value: Value)] {
    var counts: [Double] = []
    for entry in entries {
      switch entry.value {
      case .int(let number): counts.append(Double(number))
      case .float(let number) where !number.isNaN: counts.append(number)
      case .bool(let flag): counts.append(flag ? 1 : 0)
      default: return entries
      }
    }
    // Stable: equal counts keep their order, as Python's sorted(reverse=True) keeps it.
    return entries.indices.sorted { counts[$0] > counts[$1] || (counts[$0] == counts[$1] && $0 < $1) }
      .map { entries[$0] }
  }

  /// CPython's iteration order for a set built by inserting `elements` in order, when every
  /// element's hash is deterministic (numbers, None, tuples of those); otherwise insertion order.
  static func displayOrder(_ elements: [Value]) -> [Value] {
    var hashes: [UInt64] = []
    hashes.reserveCapacity(elements.count)
    for element in elements {
      guard deterministicHash(element), let hash = try? PythonHash.hash(element) else { return elements }
      hashes.append(UInt64(bitPattern: Int64(hash)))
    }
    return SetLayout(hashes: hashes).order.map { elements[$0] }
  }

  private static func deterministicHash(_ value: Value, depth: Int = 0) -> Bool {
    switch value {
    case .int, .float, .bool: return true
    case .tuple(let elements):
      return depth < HashKey.maximumDepth && elements.allSatisfy { deterministicHash($0, depth: depth + 1) }
    default: return false
    }
  }

  static func address(_ object: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: ObjectIdentifier(object).hashValue), radix: 16).leftPadded(to: 12)
  }

  /// A string's repr with Python's quote choice and escapes.
  public static func quoted(_ text: String) -> String {
    let useDouble = text.contains("'") && !text.contains("\"")
    let quote: Character = useDouble ? "\"" : "'"
    var output = String(quote)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "'" where !useDouble: output += "\\'"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          output += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
        } else if scalar.value >= 0x80 && !isPrintable(scalar) {
          if scalar.value <= 0xFF {
            output += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
          } else if scalar.value <= 0xFFFF {
            output += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
          } else {
            output += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
          }
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output.append(quote)
    return output
  }

  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
      return false
    case .spaceSeparator:
      return scalar == " "
    default:
      return true
    }
  }
}
