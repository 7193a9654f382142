/// A function defined in a cell: its definition, evaluated defaults, and defining scopes.
public final class FunctionObject {
  let definition: FunctionDefinition
  let defaults: [String: Value]
  let closure: Scope?
  let globals: Scope
  /// The binding signature (built once: calls bind against it).
  let signature: Signature
  /// Each parameter's default, in declaration order (nil: required).
  let parameterDefaults: [Value?]
  /// True when every parameter is a plain positional one (no `*`, `**` or keyword-only).
  let hasOnlyPlainParameters: Bool
  /// How many leading parameters have no default.
  let requiredParameterCount: Int
  /// The class whose body defined this function (set once the class exists), for `super()`.
  weak var definingClass: ClassObject?

  /// `qualifiedName` (`Point.__init__` for a method) names the function in argument errors.
  init(
    definition: FunctionDefinition, defaults: [String: Value], closure: Scope?, globals: Scope,
    qualifiedName: String? = nil
  ) {
    self.definition = definition
    self.defaults = defaults
    self.closure = closure
    self.globals = globals
    self.signature = Self.makeSignature(definition, defaults, qualifiedName ?? definition.name)
    self.parameterDefaults = definition.parameters.map { defaults[$0.name] }
    self.hasOnlyPlainParameters = definition.parameters.allSatisfy { $0.kind == .normal }
    self.requiredParameterCount = parameterDefaults.prefix { $0 == nil }.count
  }

  /// The function's name (`<lambda>` for lambdas), as its definition gives it (argument errors use it).
  public var name: String { definition.name }

  /// Attributes a cell set on the function (`f.calls = 0`, `__wrapped__`), created on first write: the
  /// function's `__dict__`.
  private(set) var attributes: DictObject?
  /// `__name__`, `__qualname__`, `__doc__`, `__module__` as a cell set them (`functools.wraps` does); they
  /// are not in `__dict__`, as in CPython.
  private var special: [String: Value] = [:]
  static let specialNames: Set<String> = ["__name__", "__qualname__", "__doc__", "__module__"]

  /// The function's `__dict__`, created when first needed.
  func attributeDictionary() -> DictObject {
    if let attributes { return attributes }
    let made = DictObject()
    attributes = made
    return made
  }

  /// The attribute `name` a cell set, if any.
  func ownAttribute(_ name: String) -> Value? {
    if Self.specialNames.contains(name) { return special[name] }
    return try? attributes?.get(.string(name))
  }

  /// Sets attribute `name` (a special one apart from `__dict__`).
  func setOwnAttribute(_ name: String, _ value: Value) throws {
    if Self.specialNames.contains(name) {
      special[name] = value
    } else {
      try attributeDictionary().set(.string(name), value)
    }
  }

  /// `__name__`, `__qualname__`: what a cell set, else the definition's name.
  func displayName(_ attribute: String) -> String {
    if case .string(let text)? = special[attribute] { return text }
    return name
  }

  /// `__doc__`: what a cell set, else the docstring (the body's leading string literal), else None.
  var documentation: Value {
    if let doc = special["__doc__"] { return doc }
    if case .expression(.literal(.string(let text), _), _)? = definition.body.first, !definition.isLambda {
      return .string(text)
    }
    return .none
  }

  private static func makeSignature(
    _ definition: FunctionDefinition, _ defaults: [String: Value], _ qualifiedName: String
  ) -> Signature {
    var parameters: [Signature.Parameter] = []
    var variadicPositional: String?
    var variadicKeyword: String?
    for parameter in definition.parameters {
      switch parameter.kind {
      case .normal: parameters.append(.init(parameter.name, hasDefault: defaults[parameter.name] != nil))
      case .keywordOnly:
        parameters.append(
          .init(parameter.name, hasDefault: defaults[parameter.name] != nil, keywordOnly: true))
      case .variadicPositional: variadicPositional = parameter.name
      case .variadicKeyword: variadicKeyword = parameter.name
      }
    }
    return Signature(
      qualifiedName, parameters, variadicPositional: variadicPositional, variadicKeyword: variadicKeyword)
  }
}
