/// `collections.namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`, with
/// CPython 3.11's checks of the names; each call makes a new class.
enum NamedTupleFactory {
  static let function = Builtins.function("namedtuple") { arguments, evaluator in
    let bound = try arguments.bind(
      Signature(
        "namedtuple",
        [
          "typename", "field_names", .init("rename", default: .bool(false), keywordOnly: true),
          .init("defaults", default: .none, keywordOnly: true),
          .init("module", default: .none, keywordOnly: true),
        ]))
    var fields: [String]
    if case .string(let text) = bound["field_names"] {
      fields = text.replacingOccurrences(of: ",", with: " ").split(whereSeparator: \.isWhitespace).map(
        String.init)
    } else {
      fields = try evaluator.materialize(bound["field_names"]).map { try evaluator.strOf($0) }
    }
    let typeName = try evaluator.strOf(bound["typename"])
    if try evaluator.truthValue(bound["rename"]) {
      var seen = Set<String>()
      for (index, name) in fields.enumerated() {
        if !isIdentifier(name) || Parser.keywords.contains(name) || name.hasPrefix("_") || seen.contains(name)
        {
          fields[index] = "_\(index)"
        }
        seen.insert(fields[index])
      }
    }
    for name in [typeName] + fields {
      guard isIdentifier(name) else {
        throw PythonError.valueError(
          "Type names and field names must be valid identifiers: \(ValueFormatter.quoted(name))")
      }
      guard !Parser.keywords.contains(name) else {
        throw PythonError.valueError(
          "Type names and field names cannot be a keyword: \(ValueFormatter.quoted(name))")
      }
    }
    var seen = Set<String>()
    let renaming = try evaluator.truthValue(bound["rename"])
    for name in fields {
      if name.hasPrefix("_") && !renaming {
        throw PythonError.valueError(
          "Field names cannot start with an underscore: \(ValueFormatter.quoted(name))")
      }
      guard seen.insert(name).inserted else {
        throw PythonError.valueError("Encountered duplicate field name: \(ValueFormatter.quoted(name))")
      }
    }
    let defaults = bound["defaults"].isNone ? [] : try evaluator.materialize(bound["defaults"])
    guard defaults.count <= fields.count else {
      throw PythonError.typeError("Got more default values than field names")
    }
    return .type(makeType(typeName, fields, defaults))
  }

  /// The class: a `tuple` subclass known by identity whose call binds the fields as `__new__`'s parameters.
  private static func makeType(_ name: String, _ fields: [String], _ defaults: [Value]) -> TypeObject {
    let firstDefault = fields.count - defaults.count
    let signature = Signature(
      "\(name).__new__", fields.enumerated().map { .init($1, hasDefault: $0 >= firstDefault) })
    // Unchecked: the defaults are cell values, used only by the session that made the class.
    nonisolated(unsafe) let defaults = defaults
    return TypeObject(
      name: name, qualifiedName: "__main__." + name, bases: [.tuple], members: NamedTupleMethods.table,
      constructor: { type, arguments, _ in
        let bound = try arguments.bindCountingSelf(signature)
        let values = fields.enumerated().map { index, field in
          bound.values[field] ?? defaults[index - firstDefault]
        }
        return .native(NamedTupleObject(type: type, fields: fields, values: values))
      },
      identifiedByObject: true)
  }

  /// Whether `name` is a Python identifier (a letter or `_`, then letters, digits or `_`).
  private static func isIdentifier(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first else { return false }
    let isStart = { (scalar: Unicode.Scalar) in scalar == "_" || scalar.properties.isXIDStart }
    return isStart(first)
      && name.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
  }
}
