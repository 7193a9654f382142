/// The static part of a `def` or `lambda`: parameters, body, and which names are local.
final class FunctionDefinition {
  /// One declared parameter.
  struct Parameter {
    enum Kind {
      case normal
      case keywordOnly
      case variadicPositional
      case variadicKeyword
    }

    var name: String
    var defaultValue: Expression?
    var kind: Kind
  }

  let name: String
  let parameters: [Parameter]
  let body: [Statement]
  /// True for `lambda`: the body is one `return`.
  let isLambda: Bool
  /// Names assigned in the body (and parameters), minus `global`/`nonlocal` ones.
  var localNames: Set<String> = []
  var globalNames: Set<String> = []
  var nonlocalNames: Set<String> = []
  let position: SourcePosition

  init(name: String, parameters: [Parameter], body: [Statement], isLambda: Bool, position: SourcePosition) {
    self.name = name
    self.parameters = parameters
    self.body = body
    self.isLambda = isLambda
    self.position = position
  }
}
