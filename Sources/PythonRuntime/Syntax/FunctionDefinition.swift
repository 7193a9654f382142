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
  /// Whether the body declares any name `global` or `nonlocal` (most do not, and then an assignment
  /// needs no check against those sets).
  var declaresScopes: Bool { !globalNames.isEmpty || !nonlocalNames.isEmpty }
  let position: SourcePosition

  /// The slots of a call's locals: parameters first (in order), then the other local names.
  /// Built on first call, after ``ScopeAnalyzer`` has found the local names.
  private(set) lazy var layout = ScopeLayout(
    parameters.map(\.name) + localNames.subtracting(parameters.map(\.name)).sorted())

  init(name: String, parameters: [Parameter], body: [Statement], isLambda: Bool, position: SourcePosition) {
    self.name = name
    self.parameters = parameters
    self.body = body
    self.isLambda = isLambda
    self.position = position
  }
}
