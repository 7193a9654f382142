/// A function defined in a cell: its definition, evaluated defaults, and defining scopes.
public final class FunctionObject {
  let definition: FunctionDefinition
  let defaults: [String: Value]
  let closure: Scope?
  let globals: Scope

  init(definition: FunctionDefinition, defaults: [String: Value], closure: Scope?, globals: Scope) {
    self.definition = definition
    self.defaults = defaults
    self.closure = closure
    self.globals = globals
  }

  /// The function's name (`<lambda>` for lambdas).
  public var name: String { definition.name }

  /// The binding signature of this function.
  var signature: Signature {
    var parameters: [Signature.Parameter] = []
    var variadicPositional: String?
    var variadicKeyword: String?
    for parameter in definition.parameters {
      switch parameter.kind {
      case .normal: parameters.append(.init(parameter.name, optionalDefault: defaults[parameter.name]))
      case .keywordOnly:
        parameters.append(.init(parameter.name, optionalDefault: defaults[parameter.name], keywordOnly: true))
      case .variadicPositional: variadicPositional = parameter.name
      case .variadicKeyword: variadicKeyword = parameter.name
      }
    }
    return Signature(
      definition.name, parameters, variadicPositional: variadicPositional, variadicKeyword: variadicKeyword)
  }
}
