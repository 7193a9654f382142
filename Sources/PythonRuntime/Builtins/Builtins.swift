import Foundation

/// The builtins namespace: functions, types and exception classes every cell sees.
enum Builtins {
  /// Builtins that would reach outside the sandbox; calling them explains why they are absent.
  static let unavailable = [
    "open", "exec", "eval", "compile", "__import__", "input", "globals", "locals", "vars", "dir",
    "breakpoint",
    "help", "exit", "quit", "memoryview", "bytearray", "bytes", "classmethod", "staticmethod", "property",
    "super",
    "delattr", "aiter", "anext", "complex", "frozenset",
  ]

  static func make(_ evaluator: Evaluator) -> [String: Value] {
    var table: [String: Value] = [:]
    func define(_ name: String, _ body: @escaping (Arguments) throws -> Value) {
      table[name] = .builtin(BuiltinFunction(name: name) { arguments, _ in try body(arguments) })
    }
    unowned let evaluator = evaluator

    for kind in PythonError.Kind.allCases {
      table[kind.rawValue] = .type(kind.type)
    }
    table["Ellipsis"] = .ellipsis
    for name in unavailable {
      define(name) { _ in
        throw PythonError(
          .runtimeError,
          "\(name)() is not available in Gradbook cells (cells cannot reach files, the network, the system, or the interpreter's internals)"
        )
      }
    }

    define("print") { arguments in
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
    }
    define("len") { arguments in
      let value = try single(arguments, "len")
      switch value {
      case .string(let text):
        try evaluator.chargeWork(text.utf8.count)
        return .int(text.unicodeScalars.count)
      case .list(let list): return .int(list.elements.count)
      case .tuple(let elements): return .int(elements.count)
      case .dict(let dict): return .int(dict.count)
      case .set(let set): return .int(set.count)
      case .range(let range): return .int(range.count)
      case .native(let object):
        if let length = try object.length(context: evaluator.context) { return .int(length) }
      default: break
      }
      throw PythonError.typeError("object of type '\(value.typeName)' has no len()")
    }
    define("range") { arguments in
      if !arguments.keywords.isEmpty { throw PythonError.typeError("range() takes no keyword arguments") }
      let numbers = try arguments.positional.map { value -> Int in
        guard let number = try evaluator.indexValue(value) else {
          throw PythonError.typeError("'\(value.typeName)' object cannot be interpreted as an integer")
        }
        return number
      }
      switch numbers.count {
      case 1: return .range(RangeValue(start: 0, stop: numbers[0], step: 1))
      case 2: return .range(RangeValue(start: numbers[0], stop: numbers[1], step: 1))
      case 3:
        if numbers[2] == 0 { throw PythonError.valueError("range() arg 3 must not be zero") }
        return .range(RangeValue(start: numbers[0], stop: numbers[1], step: numbers[2]))
      case 0: throw PythonError.typeError("range expected at least 1 argument, got 0")
      default: throw PythonError.typeError("range expected at most 3 arguments, got \(numbers.count)")
      }
    }
    define("abs") { arguments in try evaluator.unary(.absolute, try single(arguments, "abs")) }
    define("min") { arguments in try extreme(evaluator, arguments, "min", .less) }
    define("max") { arguments in try extreme(evaluator, arguments, "max", .greater) }
    define("sum") { arguments in
      let bound = try arguments.bind(
        Signature("sum", [.init("iterable", positionalOnly: true), .init("start", default: .int(0))]))
      var total = bound["start"]
      if case .string = total {
        throw PythonError.typeError("sum() can't sum strings [use ''.join(seq) instead]")
      }
      let next = try evaluator.makeIterator(bound["iterable"])
      while let element = try next() {
        try evaluator.step()
        total = try evaluator.binary(.add, total, element)
      }
      return total
    }
    define("round") { arguments in
      let bound = try arguments.bind(Signature("round", ["number", .init("ndigits", default: .none)]))
      return try round(evaluator, bound["number"], bound["ndigits"])
    }
    define("float") { arguments in
      if !arguments.keywords.isEmpty { throw PythonError.typeError("float() takes no keyword arguments") }
      if arguments.positional.count > 1 {
        throw PythonError.typeError("float expected at most 1 argument, got \(arguments.positional.count)")
      }
      guard let value = arguments.positional.first else { return .float(0) }
      return .float(try toFloat(evaluator, value))
    }
    define("int") { arguments in
      let bound = try arguments.bind(
        Signature("int", [.init("x", default: .int(0), positionalOnly: true), .init("base", default: .none)]))
      return .int(
        try toInt(evaluator, bound["x"], base: bound["base"], explicitX: !arguments.positional.isEmpty))
    }
    define("bool") { arguments in
      if arguments.positional.count > 1 {
        throw PythonError.typeError("bool expected at most 1 argument, got \(arguments.positional.count)")
      }
      guard let value = arguments.positional.first else { return .bool(false) }
      return .bool(try evaluator.truthValue(value))
    }
    define("str") { arguments in
      let bound = try arguments.bind(Signature("str", [.init("object", default: .string(""))]))
      return .string(try evaluator.strOf(bound["object"]))
    }
    define("repr") { arguments in .string(try evaluator.reprOf(try single(arguments, "repr"))) }
    define("ascii") { arguments in
      .string(evaluator.asciiRepr(try evaluator.reprOf(try single(arguments, "ascii"))))
    }
    define("list") { arguments in
      if arguments.positional.count > 1 {
        throw PythonError.typeError("list expected at most 1 argument, got \(arguments.positional.count)")
      }
      guard let value = arguments.positional.first else { return .list(ListObject()) }
      return .list(ListObject(try evaluator.materialize(value)))
    }
    define("tuple") { arguments in
      if arguments.positional.count > 1 {
        throw PythonError.typeError("tuple expected at most 1 argument, got \(arguments.positional.count)")
      }
      guard let value = arguments.positional.first else { return .tuple([]) }
      return .tuple(try evaluator.materialize(value))
    }
    define("set") { arguments in
      if arguments.positional.count > 1 {
        throw PythonError.typeError("set expected at most 1 argument, got \(arguments.positional.count)")
      }
      guard let value = arguments.positional.first else { return .set(SetObject()) }
      let elements = try evaluator.materialize(value)
      try evaluator.chargeSteps(elements.count.multipliedReportingOverflow(by: 2).partialValue)
      return .set(try SetObject(elements))
    }
    define("dict") { arguments in
      if arguments.positional.count > 1 {
        throw PythonError.typeError("dict expected at most 1 argument, got \(arguments.positional.count)")
      }
      let dict = DictObject()
      if let source = arguments.positional.first { try evaluator.merge(source, into: dict) }
      for (key, value) in arguments.keywords { try dict.set(.string(key), value) }
      return .dict(dict)
    }
    define("enumerate") { arguments in
      let bound = try arguments.bind(Signature("enumerate", ["iterable", .init("start", default: .int(0))]))
      let next = try evaluator.makeIterator(bound["iterable"])
      var counter = try bound["start"].asInt()
      return .iterator(
        IteratorObject(typeName: "enumerate") {
          guard let element = try next() else { return nil }
          defer { counter &+= 1 }
          return .tuple([.int(counter), element])
        })
    }
    define("zip") { arguments in
      let bound = try arguments.bind(
        Signature(
          "zip", [.init("strict", default: .bool(false), keywordOnly: true)], variadicPositional: "iterables")
      )
      let iterators = try bound.extraPositional.map { try evaluator.makeIterator($0) }
      let strict = try evaluator.truthValue(bound["strict"])
      return .iterator(
        IteratorObject(typeName: "zip") {
          guard !iterators.isEmpty else { return nil }
          var items: [Value] = []
          for (offset, next) in iterators.enumerated() {
            guard let item = try next() else {
              if strict && offset > 0 {
                throw PythonError.valueError("zip() argument \(offset + 1) is shorter than argument 1")
              }
              return nil
            }
            items.append(item)
          }
          return .tuple(items)
        })
    }
    define("map") { arguments in
      guard arguments.positional.count >= 2 else {
        throw PythonError.typeError("map() must have at least two arguments.")
      }
      let function = arguments.positional[0]
      let iterators = try arguments.positional.dropFirst().map { try evaluator.makeIterator($0) }
      return .iterator(
        IteratorObject(typeName: "map") {
          var items: [Value] = []
          for next in iterators {
            guard let item = try next() else { return nil }
            items.append(item)
          }
          return try evaluator.call(function, Arguments(items))
        })
    }
    define("filter") { arguments in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("filter expected 2 arguments, got \(arguments.positional.count)")
      }
      let function = arguments.positional[0]
      let next = try evaluator.makeIterator(arguments.positional[1])
      return .iterator(
        IteratorObject(typeName: "filter") {
          while let item = try next() {
            try evaluator.step()
            let keep = function.isNone ? item : try evaluator.call(function, Arguments([item]))
            if try evaluator.truthValue(keep) { return item }
          }
          return nil
        })
    }
    define("sorted") { arguments in
      let bound = try arguments.bind(
        Signature(
          "sorted",
          [
            .init("iterable", positionalOnly: true), .init("key", default: .none, keywordOnly: true),
            .init("reverse", default: .bool(false), keywordOnly: true),
          ]))
      return .list(
        ListObject(
          try evaluator.sorted(
            try evaluator.materialize(bound["iterable"]), key: bound["key"],
            reverse: try evaluator.truthValue(bound["reverse"]))))
    }
    define("reversed") { arguments in
      let value = try single(arguments, "reversed")
      let elements: [Value]
      switch value {
      case .list, .tuple, .range, .string: elements = try evaluator.materialize(value)
      case .native(let object):
        guard let items = try object.iterate(context: evaluator.context) else {
          throw PythonError.typeError("'\(value.typeName)' object is not reversible")
        }
        elements = items
      default:
        throw PythonError.typeError("'\(value.typeName)' object is not reversible")
      }
      var index = elements.count
      return .iterator(
        IteratorObject(typeName: "reversed") {
          guard index > 0 else { return nil }
          index -= 1
          return elements[index]
        })
    }
    define("any") { arguments in
      let next = try evaluator.makeIterator(try single(arguments, "any"))
      while let item = try next() {
        try evaluator.step()
        if try evaluator.truthValue(item) { return .bool(true) }
      }
      return .bool(false)
    }
    define("all") { arguments in
      let next = try evaluator.makeIterator(try single(arguments, "all"))
      while let item = try next() {
        try evaluator.step()
        if try !evaluator.truthValue(item) { return .bool(false) }
      }
      return .bool(true)
    }
    define("isinstance") { arguments in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("isinstance expected 2 arguments, got \(arguments.positional.count)")
      }
      return .bool(try isInstance(evaluator, arguments.positional[0], arguments.positional[1], "isinstance"))
    }
    define("issubclass") { arguments in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("issubclass expected 2 arguments, got \(arguments.positional.count)")
      }
      guard case .type(let type) = arguments.positional[0] else {
        throw PythonError.typeError("issubclass() arg 1 must be a class")
      }
      func check(_ candidate: Value) throws -> Bool {
        switch candidate {
        case .type(let other): return other === TypeObject.object || type.isSubtype(of: other)
        case .tuple(let options): return try options.contains { try check($0) }
        default:
          throw PythonError.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
      }
      return .bool(try check(arguments.positional[1]))
    }
    define("type") { arguments in
      guard arguments.positional.count == 1, arguments.keywords.isEmpty else {
        if arguments.positional.count == 3 {
          throw PythonError.typeError("creating classes with type() is not supported in Gradbook cells")
        }
        throw PythonError.typeError("type() takes 1 or 3 arguments")
      }
      return .type(evaluator.typeObject(of: arguments.positional[0]))
    }
    define("hasattr") { arguments in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("hasattr expected 2 arguments, got \(arguments.positional.count)")
      }
      guard case .string(let name) = arguments.positional[1] else {
        throw PythonError.typeError(
          "attribute name must be string, not '\(arguments.positional[1].typeName)'")
      }
      do {
        _ = try evaluator.attribute(of: arguments.positional[0], name)
        return .bool(true)
      } catch let error as PythonError where error.isInstance(of: .attributeError) {
        return .bool(false)
      }
    }
    define("getattr") { arguments in
      guard (2...3).contains(arguments.positional.count) else {
        throw PythonError.typeError(
          "getattr expected at least 2 arguments, got \(arguments.positional.count)")
      }
      guard case .string(let name) = arguments.positional[1] else {
        throw PythonError.typeError(
          "attribute name must be string, not '\(arguments.positional[1].typeName)'")
      }
      do {
        return try evaluator.attribute(of: arguments.positional[0], name)
      } catch let error as PythonError
        where error.isInstance(of: .attributeError) && arguments.positional.count == 3
      {
        return arguments.positional[2]
      }
    }
    define("setattr") { arguments in
      guard arguments.positional.count == 3 else {
        throw PythonError.typeError("setattr expected 3 arguments, got \(arguments.positional.count)")
      }
      guard case .string(let name) = arguments.positional[1] else {
        throw PythonError.typeError(
          "attribute name must be string, not '\(arguments.positional[1].typeName)'")
      }
      if name.hasPrefix("__") {
        throw PythonError.attributeError(
          "'\(arguments.positional[0].typeName)' object attribute '\(name)' is read-only")
      }
      try evaluator.setAttribute(arguments.positional[0], name, arguments.positional[2])
      return .none
    }
    define("callable") { arguments in
      switch try single(arguments, "callable") {
      case .function, .builtin, .type: return .bool(true)
      case .native(let object): return .bool(object.hasMethod("__call__"))
      default: return .bool(false)
      }
    }
    define("divmod") { arguments in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("divmod expected 2 arguments, got \(arguments.positional.count)")
      }
      let (a, b) = (arguments.positional[0], arguments.positional[1])
      return .tuple([try evaluator.binary(.floorDivide, a, b), try evaluator.binary(.modulo, a, b)])
    }
    define("pow") { arguments in
      let bound = try arguments.bind(Signature("pow", ["base", "exp", .init("mod", default: .none)]))
      if bound["mod"].isNone { return try evaluator.binary(.power, bound["base"], bound["exp"]) }
      guard case .int(let base) = bound["base"], case .int(let exponent) = bound["exp"],
        case .int(let modulus) = bound["mod"]
      else {
        throw PythonError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
      }
      if modulus == 0 { throw PythonError.valueError("pow() 3rd argument cannot be 0") }
      if exponent < 0 {
        throw PythonError.valueError("negative exponents with a modulus are not supported in Gradbook")
      }
      return .int(modularPower(base, exponent, modulus))
    }
    define("format") { arguments in
      let bound = try arguments.bind(
        Signature("format", ["value", .init("format_spec", default: .string(""))]))
      return .string(try evaluator.format(bound["value"], spec: try bound["format_spec"].asString()))
    }
    define("id") { arguments in
      let value = try single(arguments, "id")
      return .int(((try? HashKey(value))?.hashValue ?? 0) & ((1 << 47) - 1))
    }
    define("hash") { arguments in
      .int(try PythonHash.hash(try single(arguments, "hash")))
    }
    define("ord") { arguments in
      let value = try single(arguments, "ord")
      guard case .string(let text) = value else {
        throw PythonError.typeError("ord() expected string of length 1, but \(value.typeName) found")
      }
      guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
        throw PythonError.typeError(
          "ord() expected a character, but string of length \(text.unicodeScalars.count) found")
      }
      return .int(Int(scalar.value))
    }
    define("chr") { arguments in
      let code = try single(arguments, "chr").asInt()
      guard code >= 0, code < 0x110000 else {
        throw PythonError.valueError("chr() arg not in range(0x110000)")
      }
      guard let scalar = Unicode.Scalar(UInt32(code)) else {
        throw PythonError.valueError("chr() arg is a surrogate, not supported in Gradbook")
      }
      return .string(String(Character(scalar)))
    }
    for (name, radix, prefix) in [("bin", 2, "0b"), ("oct", 8, "0o"), ("hex", 16, "0x")] {
      define(name) { arguments in
        let number = try single(arguments, name).asInt()
        return .string((number < 0 ? "-" : "") + prefix + String(number.magnitude, radix: radix))
      }
    }
    define("iter") { arguments in
      let value = try single(arguments, "iter")
      if case .iterator = value { return value }
      let next = try evaluator.makeIterator(value)
      let typeName: String
      switch value {
      case .list: typeName = "list_iterator"
      case .tuple: typeName = "tuple_iterator"
      case .string: typeName = "str_iterator"
      case .range: typeName = "range_iterator"
      case .dict: typeName = "dict_keyiterator"
      case .set: typeName = "set_iterator"
      default: typeName = "iterator"
      }
      return .iterator(IteratorObject(typeName: typeName, next: next))
    }
    define("next") { arguments in
      guard (1...2).contains(arguments.positional.count) else {
        throw PythonError.typeError("next expected at least 1 argument, got \(arguments.positional.count)")
      }
      guard case .iterator(let iterator) = arguments.positional[0] else {
        throw PythonError.typeError("'\(arguments.positional[0].typeName)' object is not an iterator")
      }
      if let value = try iterator.next() { return value }
      if arguments.positional.count == 2 { return arguments.positional[1] }
      throw PythonError(.stopIteration, "")
    }
    define("slice") { arguments in
      let values = arguments.positional
      switch values.count {
      case 1: return .slice(SliceValue(stop: values[0]))
      case 2: return .slice(SliceValue(start: values[0], stop: values[1]))
      case 3: return .slice(SliceValue(start: values[0], stop: values[1], step: values[2]))
      default: throw PythonError.typeError("slice expected at least 1 argument, got \(values.count)")
      }
    }
    define("object") { _ in
      throw PythonError.typeError("object() instances are not supported in Gradbook cells")
    }
    return table
  }

  /// Built-in types, which are callable through their constructor functions.
  static let types: [TypeObject] = [
    .int, .float, .bool, .str, .list, .tuple, .dict, .set, .range, .type, .object, .slice,
  ]

  /// Splits `make`'s table: type names become type objects, their functions become constructors.
  static func namespace(_ evaluator: Evaluator) -> (
    names: [String: Value], constructors: [String: BuiltinFunction]
  ) {
    var names = make(evaluator)
    var constructors: [String: BuiltinFunction] = [:]
    for type in types {
      if case .builtin(let function)? = names[type.name] { constructors[type.name] = function }
      names[type.name] = .type(type)
    }
    return (names, constructors)
  }

  /// Type constructors are looked up by name when a type object is called.
  static func constructorName(_ type: TypeObject) -> String { type.name }

  private static func single(_ arguments: Arguments, _ name: String) throws -> Value {
    if !arguments.keywords.isEmpty { throw PythonError.typeError("\(name)() takes no keyword arguments") }
    guard arguments.positional.count == 1 else {
      throw PythonError.typeError(
        "\(name)() takes exactly one argument (\(arguments.positional.count) given)")
    }
    return arguments.positional[0]
  }

  private static func extreme(
    _ evaluator: Evaluator, _ arguments: Arguments, _ name: String, _ op: ComparisonOperator
  ) throws -> Value {
    var key: Value = .none
    var fallback: Value?
    for (keyword, value) in arguments.keywords {
      switch keyword {
      case "key": key = value
      case "default": fallback = value
      default: throw PythonError.typeError("'\(keyword)' is an invalid keyword argument for \(name)()")
      }
    }
    let candidates: [Value]
    if arguments.positional.count == 1 {
      candidates = try evaluator.materialize(arguments.positional[0])
    } else {
      if arguments.positional.isEmpty {
        throw PythonError.typeError("\(name) expected at least 1 argument, got 0")
      }
      if fallback != nil {
        throw PythonError.typeError(
          "Cannot specify a default for \(name)() with multiple positional arguments")
      }
      candidates = arguments.positional
    }
    guard var best = candidates.first else {
      if let fallback { return fallback }
      throw PythonError.valueError("\(name)() arg is an empty sequence")
    }
    var bestKey = key.isNone ? best : try evaluator.call(key, Arguments([best]))
    for candidate in candidates.dropFirst() {
      try evaluator.step()
      let candidateKey = key.isNone ? candidate : try evaluator.call(key, Arguments([candidate]))
      if try evaluator.truthValue(try evaluator.richCompare(op, candidateKey, bestKey)) {
        best = candidate
        bestKey = candidateKey
      }
    }
    return best
  }

  static func isInstance(_ evaluator: Evaluator, _ value: Value, _ typeValue: Value, _ name: String) throws
    -> Bool
  {
    switch typeValue {
    case .type(let type): return evaluator.isInstance(value, of: type)
    case .tuple(let options):
      for option in options where try isInstance(evaluator, value, option, name) { return true }
      return false
    default:
      throw PythonError.typeError("\(name)() arg 2 must be a type, a tuple of types, or a union")
    }
  }

  static func toFloat(_ evaluator: Evaluator, _ value: Value) throws -> Double {
    switch value {
    case .float(let number): return number
    case .int(let number): return Double(number)
    case .bool(let flag): return flag ? 1 : 0
    case .string(let text):
      let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
      let lowered = trimmed.lowercased()
      let unsigned = lowered.hasPrefix("-") || lowered.hasPrefix("+") ? String(lowered.dropFirst()) : lowered
      let negative = lowered.hasPrefix("-")
      if unsigned == "inf" || unsigned == "infinity" { return negative ? -.infinity : .infinity }
      if unsigned == "nan" { return .nan }
      let valid =
        !unsigned.isEmpty && unsigned.allSatisfy { "0123456789.e+-_".contains($0) }
        && !unsigned.hasPrefix("_")
        && !unsigned.hasSuffix("_") && !unsigned.contains("__") && !unsigned.contains("._")
        && !unsigned.contains("_.")
      if valid, let number = Double(trimmed.replacingOccurrences(of: "_", with: "")) { return number }
      throw PythonError.valueError("could not convert string to float: \(ValueFormatter.quoted(text))")
    case .native(let object):
      if let number = try object.floatValue(context: evaluator.context) { return number }
      throw PythonError.typeError(
        "float() argument must be a string or a real number, not '\(value.typeName)'")
    default:
      throw PythonError.typeError(
        "float() argument must be a string or a real number, not '\(value.typeName)'")
    }
  }

  static func toInt(_ evaluator: Evaluator, _ value: Value, base baseValue: Value, explicitX: Bool) throws
    -> Int
  {
    if !baseValue.isNone {
      guard case .string(let text) = value, explicitX else {
        throw PythonError.typeError("int() can't convert non-string with explicit base")
      }
      let base = try baseValue.asInt()
      guard base == 0 || (2...36).contains(base) else {
        throw PythonError.valueError("int() base must be >= 2 and <= 36, or 0")
      }
      return try parseInt(text, base: base)
    }
    switch value {
    case .int(let number): return number
    case .bool(let flag): return flag ? 1 : 0
    case .float(let number): return try truncate(number)
    case .string(let text): return try parseInt(text, base: 10)
    case .native(let object):
      if let number = try object.intValue(context: evaluator.context) { return number }
      throw PythonError.typeError(
        "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
    default:
      throw PythonError.typeError(
        "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
    }
  }

  static func truncate(_ number: Double) throws -> Int {
    if number.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
    if number.isInfinite {
      throw PythonError(.overflowError, "cannot convert float infinity to integer")
    }
    guard let result = Int(exactly: number.rounded(.towardZero)) else { throw PythonError.overflow() }
    return result
  }

  private static func parseInt(_ text: String, base requestedBase: Int) throws -> Int {
    let invalid = PythonError.valueError(
      "invalid literal for int() with base \(requestedBase): \(ValueFormatter.quoted(text))")
    var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    var base = requestedBase
    let lower = body.lowercased()
    for (prefix, prefixBase) in [("0x", 16), ("0o", 8), ("0b", 2)]
    where lower.hasPrefix(prefix) && (base == 0 || base == prefixBase) {
      base = prefixBase
      body = body.dropFirst(2)
      if body.hasPrefix("_") { body = body.dropFirst() }
    }
    if base == 0 {
      base = 10
      if body.count > 1 && body.hasPrefix("0") && body.contains(where: { $0 != "0" && $0 != "_" }) {
        throw invalid
      }
    }
    guard !body.isEmpty, !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__") else {
      throw invalid
    }
    let digits = body.replacingOccurrences(of: "_", with: "")
    guard digits.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { throw invalid }
    guard let magnitude = UInt(digits, radix: base) else {
      if digits.allSatisfy({ Int(String($0), radix: base) != nil }) { throw PythonError.overflow() }
      throw invalid
    }
    if negative {
      if magnitude == UInt(Int.max) + 1 { return Int.min }
      guard magnitude <= UInt(Int.max) else { throw PythonError.overflow() }
      return -Int(magnitude)
    }
    guard magnitude <= UInt(Int.max) else { throw PythonError.overflow() }
    return Int(magnitude)
  }

  static func round(_ evaluator: Evaluator, _ number: Value, _ digitsValue: Value) throws -> Value {
    switch number {
    case .int, .bool:
      let value = try number.asInt()
      guard !digitsValue.isNone else { return .int(value) }
      guard let digits = try evaluator.indexValue(digitsValue) else {
        throw PythonError.typeError("'\(digitsValue.typeName)' object cannot be interpreted as an integer")
      }
      if digits >= 0 { return .int(value) }
      if digits < -18 { return .int(0) }
      let scale = try Evaluator.integerPower(10, -digits)
      let (quotient, remainder) = value.quotientAndRemainder(dividingBy: scale)
      var rounded = quotient
      let twice = remainder.magnitude * 2
      if twice > UInt(scale) || (twice == UInt(scale) && quotient % 2 != 0) {
        rounded += value < 0 ? -1 : 1
      }
      let (result, overflow) = rounded.multipliedReportingOverflow(by: scale)
      if overflow { throw PythonError.overflow() }
      return .int(result)
    case .float(let value):
      guard !digitsValue.isNone else {
        return .int(try truncate(value.rounded(.toNearestOrEven)))
      }
      guard let digits = try evaluator.indexValue(digitsValue) else {
        throw PythonError.typeError("'\(digitsValue.typeName)' object cannot be interpreted as an integer")
      }
      return .float(roundFloat(value, digits))
    case .native(let object):
      let digits: Int? = digitsValue.isNone ? nil : try digitsValue.asInt()
      if let result = try object.round(ndigits: digits, context: evaluator.context) { return result }
      throw PythonError.typeError("type \(object.typeName) doesn't define __round__ method")
    default:
      throw PythonError.typeError("type \(number.typeName) doesn't define __round__ method")
    }
  }

  /// Python's correctly rounded `round(x, ndigits)` (half to even on the exact decimal value).
  static func roundFloat(_ value: Double, _ digits: Int) -> Double {
    guard value.isFinite, value != 0 else { return value }
    if digits > 323 { return value }
    if digits < -308 { return value.sign == .minus ? -0.0 : 0.0 }
    if digits >= 0 {
      let text = FloatFormatter.fixed(value, precision: digits)
      let result = Double(text) ?? value
      return result == 0 ? (value.sign == .minus ? -0.0 : 0.0) : result
    }
    let scale = Foundation.pow(10.0, Double(-digits))
    let scaled = value / scale
    var rounded = scaled.rounded(.toNearestOrEven)
    if abs(scaled - rounded) == 0.5 { rounded = 2.0 * (scaled / 2.0).rounded(.toNearestOrEven) }
    let result = rounded * scale
    return result == 0 ? (value.sign == .minus ? -0.0 : 0.0) : result
  }

  private static func modularPower(_ base: Int, _ exponent: Int, _ modulus: Int) -> Int {
    let m = modulus.magnitude
    var result: UInt = 1 % m
    var factor = base.magnitude % m
    if base < 0 && factor != 0 { factor = m - factor }
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 { result = m.dividingFullWidth(result.multipliedFullWidth(by: factor)).remainder }
      factor = m.dividingFullWidth(factor.multipliedFullWidth(by: factor)).remainder
      remaining >>= 1
    }
    var signed = Int(result)
    if modulus < 0 && signed != 0 { signed += modulus }
    return signed
  }
}
