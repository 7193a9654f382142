/// A statement node of the cell syntax tree.
indirect enum Statement {
  case expression(Expression, SourcePosition)
  /// `a = b = value`: every target receives the value.
  case assign([Expression], Expression, SourcePosition)
  case augmentedAssign(Expression, BinaryOperator, Expression, SourcePosition)
  /// `name: annotation = value` (annotation ignored).
  case annotatedAssign(Expression, Expression?, SourcePosition)
  case ifStatement([(Expression, [Statement])], orElse: [Statement]?, SourcePosition)
  case whileLoop(Expression, [Statement], orElse: [Statement]?, SourcePosition)
  case forLoop(Expression, Expression, [Statement], orElse: [Statement]?, SourcePosition)
  /// `@decorator ... def name(...)`: decorators in source order (applied last to first).
  case functionDefinition(FunctionDefinition, decorators: [Expression], SourcePosition)
  /// `@decorator ... class Name(arguments): body`.
  case classDefinition(ClassDefinition, decorators: [Expression], SourcePosition)
  case returnStatement(Expression?, SourcePosition)
  case breakStatement(SourcePosition)
  case continueStatement(SourcePosition)
  case pass(SourcePosition)
  case with([(Expression, Expression?)], [Statement], SourcePosition)
  case assert(Expression, Expression?, SourcePosition)
  case tryStatement([Statement], [ExceptHandler], orElse: [Statement]?, finally: [Statement]?, SourcePosition)
  case raise(Expression?, cause: Expression?, SourcePosition)
  case delete([Expression], SourcePosition)
  /// `import a.b as c`: (dotted name, alias).
  case importModules([(String, String?)], SourcePosition)
  /// `from a.b import c as d, e`.
  case importFrom(String, [(String, String?)], SourcePosition)
  case global([String], SourcePosition)
  case nonlocal([String], SourcePosition)

  var position: SourcePosition {
    switch self {
    case .expression(_, let p), .assign(_, _, let p), .augmentedAssign(_, _, _, let p),
      .annotatedAssign(_, _, let p),
      .ifStatement(_, _, let p), .whileLoop(_, _, _, let p), .forLoop(_, _, _, _, let p),
      .functionDefinition(_, _, let p), .classDefinition(_, _, let p), .returnStatement(_, let p), .breakStatement(let p),
      .continueStatement(let p),
      .pass(let p), .with(_, _, let p), .assert(_, _, let p), .tryStatement(_, _, _, _, let p),
      .raise(_, _, let p),
      .delete(_, let p), .importModules(_, let p), .importFrom(_, _, let p), .global(_, let p),
      .nonlocal(_, let p):
      return p
    }
  }
}

/// One `except Type as name:` clause (nil type: bare `except:`).
struct ExceptHandler {
  var type: Expression?
  var name: String?
  var body: [Statement]
  var position: SourcePosition
}
