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
  /// True when the body contains `yield`: a call makes a generator instead of running the body.
  let isGenerator: Bool
  /// True when the body (or a function nested in it) names `super`: its calls note their class.
  let mentionsSuper: Bool
  /// Names assigned in the body (and parameters), minus `global`/`nonlocal` ones.
  let localNames: Set<String>
  let globalNames: Set<String>
  let nonlocalNames: Set<String>
  /// Whether the body declares any name `global` or `nonlocal` (most do not, and then an assignment
  /// needs no check against those sets).
  let declaresScopes: Bool
  /// The slots of a call's locals: parameters first (in order), then the other local names.
  let layout: ScopeLayout
  let position: SourcePosition

  // Everything is decided here, once: as constants, the evaluator reads them without the runtime
  // exclusivity checks that every read of a class's `var` costs.
  init(
    name: String, parameters: [Parameter], body: [Statement], isLambda: Bool, isGenerator: Bool = false,
    mentionsSuper: Bool = false, position: SourcePosition
  ) {
    self.mentionsSuper = mentionsSuper
    self.name = name
    self.parameters = parameters
    self.body = body
    self.isLambda = isLambda
    self.isGenerator = isGenerator
    self.position = position
    let scopes = ScopeAnalyzer.analyze(parameters: parameters, body: body)
    localNames = scopes.locals
    globalNames = scopes.globals
    nonlocalNames = scopes.nonlocals
    declaresScopes = !scopes.globals.isEmpty || !scopes.nonlocals.isEmpty
    let parameterNames = parameters.map(\.name)
    layout = ScopeLayout(parameterNames + scopes.locals.subtracting(parameterNames).sorted())
  }
}
