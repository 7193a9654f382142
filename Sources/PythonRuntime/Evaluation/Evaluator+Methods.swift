/// Methods of str, list, tuple, dict, set, int and float.
extension Evaluator {
  func callMethod(_ object: Value, _ name: String, _ arguments: Arguments) throws -> Value {
    switch object {
    case .string(let text): return try stringMethod(text, name, arguments)
    case .list(let list): return try listMethod(list, name, arguments)
    case .tuple(let elements): return try sequenceMethod(elements, "tuple", name, arguments)
    case .range: return try sequenceMethod(try materialize(object), "range", name, arguments)
    case .dict(let dict): return try dictMethod(dict, name, arguments)
    case .set(let set): return try setMethod(set, name, arguments)
    case .int(let number): return try intMethod(number, name, arguments)
    case .bool(let flag): return try intMethod(flag ? 1 : 0, name, arguments)
    case .float(let number): return try floatMethod(number, name, arguments)
    default: throw noAttribute(object, name)
    }
  }

  /// Checks a method's positional count: `list.count() takes exactly one argument (0 given)`.
  private func expect(
    _ arguments: Arguments, _ label: String, _ range: ClosedRange<Int>, keywords: Bool = false
  ) throws {
    if !keywords, !arguments.keywords.isEmpty {
      throw PythonError.typeError("\(label)() takes no keyword arguments")
    }
    let count = arguments.positional.count
    guard range.contains(count) else {
      if range.lowerBound == range.upperBound {
        switch range.lowerBound {
        case 0: throw PythonError.typeError("\(label)() takes no arguments (\(count) given)")
        case 1: throw PythonError.typeError("\(label)() takes exactly one argument (\(count) given)")
        default: throw PythonError.typeError("\(label) expected \(range.lowerBound) arguments, got \(count)")
        }
      }
      if count < range.lowerBound {
        throw PythonError.typeError(
          "\(label) expected at least \(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(count)"
        )
      }
      throw PythonError.typeError(
        "\(label) expected at most \(range.upperBound) argument\(range.upperBound == 1 ? "" : "s"), got \(count)"
      )
    }
  }

  private func stringArgument(_ value: Value, _ label: String) throws -> String {
    guard case .string(let text) = value else {
      throw PythonError.typeError("\(label) arg must be None or str")
    }
    return text
  }

  // MARK: str

  private func stringMethod(_ text: String, _ name: String, _ arguments: Arguments) throws -> Value {
    try chargeWork(text.utf8.count)
    let positional = arguments.positional
    func argument(_ index: Int) -> Value? { index < positional.count ? positional[index] : nil }
    switch name {
    case "format":
      return .string(try StringFormatter(evaluator: self).format(text, arguments))
    case "join":
      try expect(arguments, "str.join", 1...1)
      guard let iterable = argument(0), isIterable(iterable) else {
        throw PythonError.typeError("can only join an iterable")
      }
      var parts: [String] = []
      for (offset, item) in try materialize(iterable).enumerated() {
        guard case .string(let part) = item else {
          throw PythonError.typeError(
            "sequence item \(offset): expected str instance, \(item.typeName) found")
        }
        parts.append(part)
      }
      let total = parts.reduce(0) { $0 + $1.utf8.count } + text.utf8.count * max(parts.count - 1, 0)
      try checkContainerSize(total, "string")
      return .string(parts.joined(separator: text))
    case "split", "rsplit":
      let bound = try arguments.bind(
        Signature(name, [.init("sep", default: .none), .init("maxsplit", default: .int(-1))]))
      let maxSplit = try bound["maxsplit"].asInt()
      let pieces: [String]
      if case .string(let separator) = bound["sep"] {
        if separator.isEmpty { throw PythonError.valueError("empty separator") }
        pieces = StringAlgorithms.split(
          text, separator: separator, maxSplit: maxSplit, fromRight: name == "rsplit")
      } else if bound["sep"].isNone {
        pieces = StringAlgorithms.splitWhitespace(text, maxSplit: maxSplit, fromRight: name == "rsplit")
      } else {
        throw PythonError.typeError("must be str or None, not \(bound["sep"].typeName)")
      }
      return .list(ListObject(pieces.map { .string($0) }))
    case "splitlines":
      var lines = text.split(
        omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
      ).map(String.init)
      if text.hasSuffix("\n") || text.hasSuffix("\r") { lines.removeLast() }
      return .list(ListObject(lines.map { .string($0) }))
    case "strip", "lstrip", "rstrip":
      try expect(arguments, "str.\(name)", 0...1)
      var characters: Set<Unicode.Scalar>?
      if let chars = argument(0), !chars.isNone {
        characters = Set(try stringArgument(chars, name).unicodeScalars)
      }
      return .string(
        StringAlgorithms.strip(
          text, characters: characters, leading: name != "rstrip", trailing: name != "lstrip"))
    case "upper": try expect(arguments, "str.upper", 0...0); return .string(text.uppercased())
    case "lower": try expect(arguments, "str.lower", 0...0); return .string(text.lowercased())
    case "casefold": return .string(text.lowercased())
    case "swapcase":
      return .string(
        String(
          text.map {
            $0.isUppercase ? Character($0.lowercased()) : $0.isLowercase ? Character($0.uppercased()) : $0
          }))
    case "title": return .string(StringAlgorithms.title(text))
    case "capitalize":
      guard let first = text.first else { return .string("") }
      return .string(first.uppercased() + text.dropFirst().lowercased())
    case "replace":
      try expect(arguments, "replace", 2...3)
      let old = try stringArgument(positional[0], "replace")
      let new = try stringArgument(positional[1], "replace")
      let count = try argument(2)?.asInt() ?? -1
      let result = StringAlgorithms.replace(text, old, new, count: count)
      try checkContainerSize(result.utf8.count, "string")
      return .string(result)
    case "startswith", "endswith":
      try expect(arguments, "str.\(name)", 1...1)
      let prefixes: [Value]
      if case .tuple(let options) = positional[0] { prefixes = options } else { prefixes = [positional[0]] }
      for option in prefixes {
        guard case .string(let part) = option else {
          throw PythonError.typeError(
            "\(name) first arg must be str or a tuple of str, not \(option.typeName)")
        }
        if name == "startswith"
          ? text.unicodeScalars.starts(with: part.unicodeScalars)
          : text.unicodeScalars.reversed().starts(with: part.unicodeScalars.reversed())
        {
          return .bool(true)
        }
      }
      return .bool(false)
    case "ljust", "rjust", "center":
      try expect(arguments, name, 1...2)
      let width = try positional[0].asInt()
      var fill: Unicode.Scalar = " "
      if let fillValue = argument(1) {
        let fillText = try stringArgument(fillValue, name)
        guard fillText.unicodeScalars.count == 1, let scalar = fillText.unicodeScalars.first else {
          throw PythonError.typeError("The fill character must be exactly one character long")
        }
        fill = scalar
      }
      try checkContainerSize(max(width, 0), "string")
      return .string(StringAlgorithms.pad(text, width: width, fill: fill, mode: name))
    case "zfill":
      try expect(arguments, "str.zfill", 1...1)
      let width = try positional[0].asInt()
      try checkContainerSize(max(width, 0), "string")
      var scalars = Array(text.unicodeScalars)
      guard width > scalars.count else { return .string(text) }
      let padding = Array(repeating: Unicode.Scalar("0"), count: width - scalars.count)
      if let first = scalars.first, first == "+" || first == "-" {
        scalars.insert(contentsOf: padding, at: 1)
      } else {
        scalars.insert(contentsOf: padding, at: 0)
      }
      return .string(String(String.UnicodeScalarView(scalars)))
    case "count":
      try expect(arguments, "str.count", 1...1)
      let part = try stringArgument(positional[0], "count")
      return .int(StringAlgorithms.count(text, part))
    case "find", "rfind", "index", "rindex":
      try expect(arguments, "str.\(name)", 1...1)
      let part = try stringArgument(positional[0], name)
      let position = StringAlgorithms.find(text, part, fromRight: name.hasPrefix("r"))
      if position < 0 && name.hasSuffix("index") { throw PythonError.valueError("substring not found") }
      return .int(position)
    case "partition", "rpartition":
      try expect(arguments, "str.\(name)", 1...1)
      let separator = try stringArgument(positional[0], name)
      if separator.isEmpty { throw PythonError.valueError("empty separator") }
      let pieces = StringAlgorithms.split(
        text, separator: separator, maxSplit: 1, fromRight: name == "rpartition")
      if pieces.count == 2 { return .tuple([.string(pieces[0]), .string(separator), .string(pieces[1])]) }
      return name == "partition"
        ? .tuple([.string(text), .string(""), .string("")])
        : .tuple([.string(""), .string(""), .string(text)])
    case "removeprefix":
      try expect(arguments, "str.removeprefix", 1...1)
      let prefix = try stringArgument(positional[0], name)
      return .string(text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text)
    case "removesuffix":
      try expect(arguments, "str.removesuffix", 1...1)
      let suffix = try stringArgument(positional[0], name)
      return .string(text.hasSuffix(suffix) && !suffix.isEmpty ? String(text.dropLast(suffix.count)) : text)
    case "isdigit", "isdecimal", "isnumeric":
      return .bool(
        !text.isEmpty
          && text.unicodeScalars.allSatisfy {
            $0.properties.numericType != nil
              && (name == "isnumeric" || $0.properties.numericType == .decimal
                || (name == "isdigit" && $0.properties.numericType == .digit))
          })
    case "isalpha":
      return .bool(!text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic })
    case "isalnum":
      return .bool(
        !text.isEmpty
          && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
      )
    case "isspace":
      return .bool(!text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isWhitespace })
    case "isupper":
      return .bool(text.contains { $0.isCased } && !text.contains { $0.isLowercase })
    case "islower":
      return .bool(text.contains { $0.isCased } && !text.contains { $0.isUppercase })
    case "istitle":
      return .bool(!text.isEmpty && StringAlgorithms.title(text) == text && text.contains { $0.isCased })
    case "isidentifier":
      guard let first = text.unicodeScalars.first, first == "_" || first.properties.isXIDStart else {
        return .bool(false)
      }
      return .bool(text.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue })
    default:
      throw noAttribute(.string(text), name)
    }
  }

  // MARK: list, tuple, range

  private func listMethod(_ list: ListObject, _ name: String, _ arguments: Arguments) throws -> Value {
    if name != "append" { try chargeWork(list.elements.count) }
    let positional = arguments.positional
    switch name {
    case "append":
      try expect(arguments, "list.append", 1...1)
      try checkContainerSize(list.elements.count + 1, "list")
      list.elements.append(positional[0])
      return .none
    case "extend":
      try expect(arguments, "list.extend", 1...1)
      let extra = try materialize(positional[0])
      try checkContainerSize(list.elements.count + extra.count, "list")
      list.elements.append(contentsOf: extra)
      return .none
    case "pop":
      try expect(arguments, "pop", 0...1)
      guard !list.elements.isEmpty else { throw PythonError.indexError("pop from empty list") }
      var index = list.elements.count - 1
      if let requested = positional.first {
        index = try requested.asInt()
        if index < 0 { index += list.elements.count }
        guard index >= 0 && index < list.elements.count else {
          throw PythonError.indexError("pop index out of range")
        }
      }
      return list.elements.remove(at: index)
    case "insert":
      try expect(arguments, "insert", 2...2)
      var index = try positional[0].asInt()
      let count = list.elements.count
      if index < 0 { index = max(index + count, 0) }
      try checkContainerSize(count + 1, "list")
      list.elements.insert(positional[1], at: min(index, count))
      return .none
    case "remove":
      try expect(arguments, "list.remove", 1...1)
      for (offset, element) in list.elements.enumerated()
      where try isSame(element, positional[0]) || valuesEqual(element, positional[0]) {
        list.elements.remove(at: offset)
        return .none
      }
      throw PythonError.valueError("list.remove(x): x not in list")
    case "index", "count":
      return try sequenceMethod(list.elements, "list", name, arguments)
    case "sort":
      if !positional.isEmpty { throw PythonError.typeError("sort() takes no positional arguments") }
      let bound = try arguments.bind(
        Signature(
          "sort",
          [
            .init("key", default: .none, keywordOnly: true),
            .init("reverse", default: .bool(false), keywordOnly: true),
          ]))
      list.elements = try sorted(list.elements, key: bound["key"], reverse: try truthValue(bound["reverse"]))
      return .none
    case "reverse":
      try expect(arguments, "list.reverse", 0...0)
      list.elements.reverse()
      return .none
    case "copy":
      try expect(arguments, "list.copy", 0...0)
      return .list(ListObject(list.elements))
    case "clear":
      try expect(arguments, "list.clear", 0...0)
      list.elements.removeAll()
      return .none
    default:
      throw noAttribute(.list(list), name)
    }
  }

  private func sequenceMethod(_ elements: [Value], _ typeName: String, _ name: String, _ arguments: Arguments)
    throws -> Value
  {
    try chargeWork(elements.count)
    switch name {
    case "count":
      try expect(arguments, "\(typeName).count", 1...1)
      var count = 0
      for element in elements
      where try isSame(element, arguments.positional[0]) || valuesEqual(element, arguments.positional[0]) {
        count += 1
      }
      return .int(count)
    case "index":
      try expect(arguments, "index", 1...3)
      let target = arguments.positional[0]
      let count = elements.count
      func bound(_ value: Value?, _ defaultValue: Int) throws -> Int {
        guard let value else { return defaultValue }
        var index = try value.asInt()
        if index < 0 { index = max(index + count, 0) }
        return min(index, count)
      }
      let start = try bound(arguments.positional.count > 1 ? arguments.positional[1] : nil, 0)
      let stop = try bound(arguments.positional.count > 2 ? arguments.positional[2] : nil, count)
      if start < stop {
        for offset in start..<stop
        where try isSame(elements[offset], target) || valuesEqual(elements[offset], target) {
          return .int(offset)
        }
      }
      if typeName == "list" { throw PythonError.valueError("\(try reprOf(target)) is not in list") }
      throw PythonError.valueError("\(typeName).index(x): x not in \(typeName)")
    default:
      throw PythonError.attributeError("'\(typeName)' object has no attribute '\(name)'")
    }
  }

  /// A stable sort with Python's semantics (`<` only; `reverse` keeps equal items in order).
  func sorted(_ elements: [Value], key: Value, reverse: Bool) throws -> [Value] {
    var keyed: [(key: Value, value: Value)] = []
    keyed.reserveCapacity(elements.count)
    for element in elements {
      keyed.append((key.isNone ? element : try call(key, Arguments([element])), element))
    }
    if reverse { keyed.reverse() }
    try chargeSteps(elements.count)
    let sortedItems = try mergeSort(keyed[...])
    var result = sortedItems.map(\.value)
    if reverse { result.reverse() }
    return result
  }

  private func mergeSort(_ items: ArraySlice<(key: Value, value: Value)>) throws -> [(
    key: Value, value: Value
  )] {
    if items.count <= 1 { return Array(items) }
    let middle = items.startIndex + items.count / 2
    let left = try mergeSort(items[items.startIndex..<middle])
    let right = try mergeSort(items[middle..<items.endIndex])
    var merged: [(key: Value, value: Value)] = []
    merged.reserveCapacity(items.count)
    var i = 0
    var j = 0
    while i < left.count && j < right.count {
      try step()
      if try truthValue(try richCompare(.less, right[j].key, left[i].key)) {
        merged.append(right[j])
        j += 1
      } else {
        merged.append(left[i])
        i += 1
      }
    }
    merged.append(contentsOf: left[i...])
    merged.append(contentsOf: right[j...])
    return merged
  }

  // MARK: dict

  private func dictMethod(_ dict: DictObject, _ name: String, _ arguments: Arguments) throws -> Value {
    let positional = arguments.positional
    switch name {
    case "get":
      try expect(arguments, "get", 1...2)
      return try dict.get(positional[0]) ?? (positional.count > 1 ? positional[1] : .none)
    case "keys": try expect(arguments, "dict.keys", 0...0); return .native(DictView(dict: dict, kind: .keys))
    case "values":
      try expect(arguments, "dict.values", 0...0); return .native(DictView(dict: dict, kind: .values))
    case "items":
      try expect(arguments, "dict.items", 0...0); return .native(DictView(dict: dict, kind: .items))
    case "pop":
      try expect(arguments, "pop", 1...2)
      if let value = try dict.remove(positional[0]) { return value }
      if positional.count > 1 { return positional[1] }
      throw PythonError(.keyError, arguments: [positional[0]])
    case "popitem":
      try expect(arguments, "dict.popitem", 0...0)
      guard let key = dict.keys.last else {
        throw PythonError(.keyError, "popitem(): dictionary is empty")
      }
      let value = try dict.remove(key) ?? .none
      return .tuple([key, value])
    case "setdefault":
      try expect(arguments, "setdefault", 1...2)
      if let value = try dict.get(positional[0]) { return value }
      let value = positional.count > 1 ? positional[1] : .none
      try dict.set(positional[0], value)
      return value
    case "update":
      try expect(arguments, "update", 0...1, keywords: true)
      if let source = positional.first { try merge(source, into: dict) }
      for (key, value) in arguments.keywords { try dict.set(.string(key), value) }
      return .none
    case "copy": try expect(arguments, "dict.copy", 0...0); return .dict(dict.copy())
    case "clear": try expect(arguments, "dict.clear", 0...0); dict.removeAll(); return .none
    default: throw noAttribute(.dict(dict), name)
    }
  }

  /// Adds a mapping or an iterable of pairs to `dict` (for `dict(...)` and `update`).
  func merge(_ source: Value, into dict: DictObject) throws {
    if case .dict(let other) = source {
      try chargeWork(other.count)
      for (key, value) in other.entries { try dict.set(key, value) }
      return
    }
    for (offset, item) in try materialize(source).enumerated() {
      try step()
      guard isIterable(item) else {
        throw PythonError.typeError(
          "cannot convert dictionary update sequence element #\(offset) to a sequence")
      }
      let pair = try materialize(item)
      guard pair.count == 2 else {
        throw PythonError.valueError(
          "dictionary update sequence element #\(offset) has length \(pair.count); 2 is required")
      }
      try dict.set(pair[0], pair[1])
    }
  }

  // MARK: set

  private func setMethod(_ set: SetObject, _ name: String, _ arguments: Arguments) throws -> Value {
    let positional = arguments.positional
    switch name {
    case "add":
      try expect(arguments, "set.add", 1...1)
      try checkContainerSize(set.count + 1, "set")
      try set.insert(positional[0])
      return .none
    case "remove":
      try expect(arguments, "set.remove", 1...1)
      if try !set.remove(positional[0]) {
        throw PythonError(.keyError, arguments: [positional[0]])
      }
      return .none
    case "discard":
      try expect(arguments, "set.discard", 1...1)
      try set.remove(positional[0])
      return .none
    case "pop":
      try expect(arguments, "set.pop", 0...0)
      guard let first = set.elements.first else {
        throw PythonError(.keyError, "'pop from an empty set'")
      }
      try set.remove(first)
      return first
    case "update":
      for source in positional { for element in try materialize(source) { try set.insert(element) } }
      return .none
    case "union", "intersection", "difference", "symmetric_difference":
      var result = set.copy()
      for source in positional {
        let other = try SetObject(try materialize(source))
        let op: BinaryOperator =
          name == "union"
          ? .bitOr : name == "intersection" ? .bitAnd : name == "difference" ? .subtract : .bitXor
        guard case .set(let combined) = try binary(op, .set(result), .set(other)) else { break }
        result = combined
      }
      return .set(result)
    case "issubset", "issuperset", "isdisjoint":
      try expect(arguments, "set.\(name)", 1...1)
      let other = try SetObject(try materialize(positional[0]))
      switch name {
      case "issubset": return .bool(try set.elements.allSatisfy { try other.contains($0) })
      case "issuperset": return .bool(try other.elements.allSatisfy { try set.contains($0) })
      default: return .bool(try !set.elements.contains { try other.contains($0) })
      }
    case "copy": return .set(set.copy())
    case "clear": set.removeAll(); return .none
    default: throw noAttribute(.set(set), name)
    }
  }

  // MARK: numbers

  private func intMethod(_ number: Int, _ name: String, _ arguments: Arguments) throws -> Value {
    try expect(arguments, "int.\(name)", 0...0)
    switch name {
    case "bit_length": return .int(number == 0 ? 0 : Int.bitWidth - number.magnitude.leadingZeroBitCount)
    case "conjugate": return .int(number)
    case "as_integer_ratio": return .tuple([.int(number), .int(1)])
    default: throw noAttribute(.int(number), name)
    }
  }

  private func floatMethod(_ number: Double, _ name: String, _ arguments: Arguments) throws -> Value {
    try expect(arguments, "float.\(name)", 0...0)
    switch name {
    case "is_integer": return .bool(number.isFinite && number.rounded() == number)
    case "conjugate": return .float(number)
    case "as_integer_ratio":
      guard number.isFinite else {
        if number.isNaN { throw PythonError.valueError("cannot convert NaN to integer ratio") }
        throw PythonError(.overflowError, "cannot convert Infinity to integer ratio")
      }
      var numerator = number
      var denominator = 1.0
      while numerator.rounded() != numerator {
        numerator *= 2
        denominator *= 2
      }
      guard let top = Int(exactly: numerator), let bottom = Int(exactly: denominator) else {
        throw PythonError.overflow()
      }
      return .tuple([.int(top), .int(bottom)])
    default: throw noAttribute(.float(number), name)
    }
  }
}
