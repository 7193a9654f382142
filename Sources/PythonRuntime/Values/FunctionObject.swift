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

  /// The function's name (`<lambda>` for lambdas).
  public var name: String { definition.name }

  private static func makeSignature(
    _ definition: FunctionDefinition, _ defaults: [String: Value], _ qualifiedName: String
  ) -> Signature
  {
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
