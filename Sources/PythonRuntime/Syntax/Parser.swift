/// Builds the syntax tree from tokens, one method per precedence level (lowest first):
/// starred tuple → lambda/conditional → `or` → `and` → `not` → comparison → `|` → `^` → `&`
/// → shifts → `+ -` → `* / // % @` → unary → `**` → primary (calls, attributes, subscripts) → atom.
struct Parser {
  /// Deepest syntactic nesting accepted before a SyntaxError (keeps the Swift stack safe).
  static let maximumNesting = 200

  private var tokens: [Token]
  private var current = 0
  private var nesting = 0
  private var functionDepth = 0
  private var loopDepth = 0
  /// Whether `yield` may appear here: inside a `def` or `lambda` body (not at module or class level).
  private var yieldAllowed = false
  /// Where each `yield` parsed so far starts, in source order (a comprehension's element may not
  /// contain one, which is only known once its `for` is seen).
  private var yieldPositions: [SourcePosition] = []
  /// Misplaced `yield`s with CPython's message for each: found while parsing, reported (the first
  /// in the source) only once the whole cell has parsed, since CPython reports grammar errors first.
  private var misplacedYields: [(SourcePosition, String)] = []
  /// How many times the name `super` has been read so far (a function whose body reads it records
  /// its class on each call, for zero-argument `super()`).
  private var superMentions = 0

  /// The lesson line of the cell's first line; messages quote lines relative to it.
  private let firstLine: Int

  init(tokens: [Token], firstLine: Int = 1) {
    self.tokens = tokens
    self.firstLine = firstLine
  }

  /// Lexes and parses a whole cell.
  static func parse(_ source: String, startLine: Int) throws -> [Statement] {
    try parseCell(source, startLine: startLine).statements
  }

  /// Lexes and parses a whole cell, also telling whether its last token is `;` (which suppresses the
  /// Out value, as in Jupyter), from the same tokens.
  static func parseCell(_ source: String, startLine: Int) throws
    -> (statements: [Statement], endsWithSemicolon: Bool)
  {
    var lexer = Lexer(source, startLine: startLine)
    let tokens = try lexer.tokenize()
    var parser = Parser(tokens: tokens, firstLine: startLine)
    return (try parser.parseProgram(), Self.endsWithSemicolon(tokens))
  }

  private static func endsWithSemicolon(_ tokens: [Token]) -> Bool {
    for token in tokens.reversed() {
      switch token.kind {
      case .newline, .dedent, .end: continue
      case .op(let op): return op == ";"
      default: return false
      }
    }
    return false
  }

  // MARK: Token helpers

  private var peek: Token { tokens[min(current, tokens.count - 1)] }

  private func peekKind(_ ahead: Int) -> Token.Kind {
    let index = current + ahead
    return index < tokens.count ? tokens[index].kind : .end
  }

  private func position(_ token: Token) -> SourcePosition {
    SourcePosition(line: token.line, column: token.column)
  }

  @discardableResult
  private mutating func advance() -> Token {
    let token = peek
    if current < tokens.count - 1 { current += 1 }
    return token
  }

  private func check(_ op: String) -> Bool {
    if case .op(let value) = peek.kind { return value == op }
    return false
  }

  private func checkKeyword(_ word: String) -> Bool {
    if case .name(let value) = peek.kind { return value == word }
    return false
  }

  private mutating func match(_ op: String) -> Bool {
    if check(op) {
      advance()
      return true
    }
    return false
  }

  private mutating func matchKeyword(_ word: String) -> Bool {
    if checkKeyword(word) {
      advance()
      return true
    }
    return false
  }

  private func error(
    _ message: String, at token: Token? = nil, kind: PythonError.Kind = .syntaxError
  ) -> PythonError {
    let token = token ?? peek
    return SyntaxErrorFactory.make(message, line: token.line, column: token.column, kind: kind)
  }

  /// IndentationError at an indent token; CPython's column is the width of the indentation.
  private func unexpectedIndent() -> PythonError {
    let indented = current + 1 < tokens.count ? tokens[current + 1] : peek
    return SyntaxErrorFactory.make(
      "unexpected indent", line: indented.line, column: max(indented.column - 1, 1), kind: .indentationError)
  }

  private func invalidSyntax() -> PythonError {
    if case .indent = peek.kind { return unexpectedIndent() }
    return error("invalid syntax")
  }

  private mutating func expect(_ op: String, _ message: String? = nil) throws {
    guard match(op) else { throw message.map { error($0) } ?? invalidSyntax() }
  }

  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
  ]

  private mutating func expectIdentifier() throws -> String {
    if case .name(let name) = peek.kind, !Self.keywords.contains(name) {
      advance()
      return name
    }
    throw invalidSyntax()
  }

  private mutating func enterNesting() throws {
    nesting += 1
    if nesting > Self.maximumNesting {
      throw error("too many nested parentheses")
    }
  }

  // MARK: Statements

  mutating func parseProgram() throws -> [Statement] {
    let statements = try parseStatements(closedByDedent: false)
    let lateFutures = try FutureImports.check(statements).map { ($0, FutureImports.lateMessage) }
    if let (first, message) = (misplacedYields + lateFutures).min(by: { $0.0.isBefore($1.0) }) {
      throw SyntaxErrorFactory.make(message, line: first.line, column: first.column)
    }
    return statements
  }

  /// Statements up to the end of the cell or, for a block, up to (and including) its DEDENT.
  private mutating func parseStatements(closedByDedent: Bool) throws -> [Statement] {
    var statements: [Statement] = []
    while true {
      if closedByDedent, case .dedent = peek.kind {
        advance()
        break
      }
      if case .end = peek.kind { break }
      if case .newline = peek.kind {
        advance()
        continue
      }
      if case .indent = peek.kind { throw unexpectedIndent() }
      statements.append(contentsOf: try parseStatement())
    }
    return statements
  }

  private mutating func parseStatement() throws -> [Statement] {
    if case .name(let word) = peek.kind {
      switch word {
      case "if": return [try parseIf()]
      case "while": return [try parseWhile()]
      case "for": return [try parseFor()]
      case "def": return [try parseDef()]
      case "with": return [try parseWith()]
      case "try": return [try parseTry()]
      case "class": return [try parseClass()]
      case "async": throw error("async code is not supported in Gradbook cells")
      default: break
      }
    }
    if check("@") { return [try parseDecorated()] }
    return try parseSimpleStatements()
  }

  private mutating func parseSimpleStatements() throws -> [Statement] {
    var statements = [try parseSmallStatement()]
    while match(";") {
      if case .newline = peek.kind { break }
      statements.append(try parseSmallStatement())
    }
    guard case .newline = peek.kind else {
      if case .string = peek.kind, case .expression(.name(let callee, _), _) = statements.last,
        callee.name == "print"
      {
        throw error(
          "Missing parentheses in call to 'print'. Did you mean print(...)?", at: tokens[max(current - 1, 0)])
      }
      throw invalidSyntax()
    }
    advance()
    return statements
  }

  private mutating func parseSmallStatement() throws -> Statement {
    let start = peek
    let startPosition = position(start)
    if case .name(let word) = start.kind {
      switch word {
      case "pass": advance(); return .pass(startPosition)
      case "break":
        guard loopDepth > 0 else { throw error("'break' outside loop") }
        advance(); return .breakStatement(startPosition)
      case "continue":
        guard loopDepth > 0 else { throw error("'continue' not properly in loop") }
        advance(); return .continueStatement(startPosition)
      case "return":
        guard functionDepth > 0 else { throw error("'return' outside function") }
        advance()
        if isStatementEnd { return .returnStatement(nil, startPosition) }
        return .returnStatement(try parseStarExpressions(), startPosition)
      case "raise":
        advance()
        if isStatementEnd { return .raise(nil, cause: nil, startPosition) }
        let exception = try parseTest()
        var cause: Expression?
        if matchKeyword("from") { cause = try parseTest() }
        return .raise(exception, cause: cause, startPosition)
      case "assert":
        advance()
        let test = try parseTest()
        var message: Expression?
        if match(",") { message = try parseTest() }
        return .assert(test, message, startPosition)
      case "del":
        advance()
        var targets: [Expression] = []
        repeat {
          if isStatementEnd { break }
          let target = try parseBitOr()
          try validateDeleteTarget(target)
          targets.append(target)
        } while match(",")
        guard !targets.isEmpty else { throw invalidSyntax() }
        return .delete(targets, startPosition)
      case "import": return try parseImport()
      case "from": return try parseFromImport()
      case "global", "nonlocal":
        advance()
        if word == "nonlocal" && functionDepth == 0 {
          throw SyntaxErrorFactory.make(
            "nonlocal declaration not allowed at module level", line: start.line, column: start.column)
        }
        var names = [try expectIdentifier()]
        while match(",") { names.append(try expectIdentifier()) }
        return word == "global" ? .global(names, startPosition) : .nonlocal(names, startPosition)
      default: break
      }
    }
    let first = checkKeyword("yield") ? try parseYield() : try parseStarExpressions(allowStarred: true)
    if case .op(let op) = peek.kind, op.count >= 2, op.hasSuffix("="), op != "==", op != "<=", op != ">=",
      op != "!="
    {
      let operatorToken = advance()
      guard let binary = BinaryOperator(rawValue: String(op.dropLast())) else { throw invalidSyntax() }
      switch first {
      case .name, .attribute, .subscription: break
      default:
        throw SyntaxErrorFactory.make(
          "'\(Self.describe(first))' is an illegal expression for augmented assignment", line: start.line,
          column: start.column)
      }
      _ = operatorToken
      let value = try parseAssignedValue(allowStarred: false)
      return .augmentedAssign(first, binary, value, startPosition)
    }
    if check(":"), case .name = first {
      advance()
      _ = try parseTest()
      var value: Expression?
      if match("=") { value = try parseAssignedValue(allowStarred: false) }
      return .annotatedAssign(first, value, startPosition)
    }
    if check("=") {
      var targets = [first]
      var value = first
      while match("=") {
        value = try parseAssignedValue(allowStarred: true)
        targets.append(value)
      }
      targets.removeLast()
      for case .yield(_, let p) in targets {
        throw SyntaxErrorFactory.make("assignment to yield expression not possible", line: p.line, column: p.column)
      }
      for case .yieldFrom(_, let p) in targets {
        throw SyntaxErrorFactory.make("assignment to yield expression not possible", line: p.line, column: p.column)
      }
      for (offset, target) in targets.enumerated() {
        try validateAssignmentTarget(target, top: true, suggest: offset == 0)
      }
      if case .starred(_, let p) = value {
        throw SyntaxErrorFactory.make("can't use starred expression here", line: p.line, column: p.column)
      }
      return .assign(targets, value, startPosition)
    }
    if case .starred(_, let p) = first {
      throw SyntaxErrorFactory.make("can't use starred expression here", line: p.line, column: p.column)
    }
    return .expression(first, startPosition)
  }

  private var isStatementEnd: Bool {
    switch peek.kind {
    case .newline, .end: return true
    case .op(let op): return op == ";"
    default: return false
    }
  }

  private static func describe(_ expression: Expression) -> String {
    switch expression {
    case .literal(let literal, _):
      switch literal {
      case .none: return "None"
      case .bool(let flag): return flag ? "True" : "False"
      default: return "literal"
      }
    case .formatted: return "f-string expression"
    case .overflowLiteral: return "literal"
    case .tuple: return "tuple"
    case .list: return "list"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .call: return "function call"
    case .comparison: return "comparison"
    case .lambda: return "lambda"
    case .conditional: return "conditional expression"
    case .comprehension(let kind, _, _, _, _):
      switch kind {
      case .list: return "list comprehension"
      case .set: return "set comprehension"
      case .dict: return "dict comprehension"
      case .generator: return "generator expression"
      }
    case .ellipsis: return "ellipsis"
    default: return "expression"
    }
  }

  /// Rejects targets that cannot be assigned, in CPython's words (`suggest`: the statement's first
  /// target, where CPython adds "Maybe you meant '==' instead of '='?").
  private func validateAssignmentTarget(_ target: Expression, top: Bool, suggest: Bool = false) throws {
    switch target {
    case .name, .attribute, .subscription: return
    case .tuple(let elements, let p):
      try checkSingleStar(elements)
      let bare = elements.first?.position == p
      for element in elements { try validateAssignmentTarget(element, top: false, suggest: suggest && bare) }
    case .list(let elements, _):
      try checkSingleStar(elements)
      for element in elements { try validateAssignmentTarget(element, top: false) }
    case .starred(let inner, let p):
      if top {
        throw SyntaxErrorFactory.make(
          "starred assignment target must be in a list or tuple", line: p.line, column: p.column)
      }
      try validateAssignmentTarget(inner, top: false)
    default:
      let p = target.position
      let description = Self.describe(target)
      if case .literal(let value, _) = target, value.isNone || value.typeName == "bool" {
        throw SyntaxErrorFactory.make("cannot assign to \(description)", line: p.line, column: p.column)
      }
      let suffix = suggest ? " here. Maybe you meant '==' instead of '='?" : ""
      throw SyntaxErrorFactory.make(
        "cannot assign to \(description)\(suffix)", line: p.line, column: p.column)
    }
  }

  private func checkSingleStar(_ elements: [Expression]) throws {
    let starred = elements.filter { if case .starred = $0 { return true } else { return false } }
    if starred.count > 1, let first = elements.first {
      throw SyntaxErrorFactory.make(
        "multiple starred expressions in assignment", line: first.position.line, column: first.position.column
      )
    }
  }

  private func validateDeleteTarget(_ target: Expression) throws {
    switch target {
    case .name, .attribute, .subscription: return
    case .tuple(let elements, _), .list(let elements, _):
      for element in elements { try validateDeleteTarget(element) }
    default:
      let p = target.position
      throw SyntaxErrorFactory.make("cannot delete \(Self.describe(target))", line: p.line, column: p.column)
    }
  }

  private mutating func parseDottedName() throws -> String {
    var name = try expectIdentifier()
    while match(".") { name += "." + (try expectIdentifier()) }
    return name
  }

  private mutating func parseImport() throws -> Statement {
    let start = advance()
    var modules: [(String, String?)] = []
    repeat {
      let name = try parseDottedName()
      var alias: String?
      if matchKeyword("as") { alias = try expectIdentifier() }
      modules.append((name, alias))
    } while match(",")
    return .importModules(modules, position(start))
  }

  private mutating func parseFromImport() throws -> Statement {
    let start = advance()
    if check(".") { throw error("relative imports are not supported in Gradbook cells") }
    let module = try parseDottedName()
    guard matchKeyword("import") else { throw invalidSyntax() }
    if match("*") { return .importFrom(module, [("*", nil)], position(start)) }
    let parenthesized = match("(")
    var names: [(String, String?)] = []
    repeat {
      if parenthesized && check(")") { break }
      let name = try expectIdentifier()
      var alias: String?
      if matchKeyword("as") { alias = try expectIdentifier() }
      names.append((name, alias))
    } while match(",")
    if parenthesized { try expect(")") }
    guard !names.isEmpty else { throw invalidSyntax() }
    return .importFrom(module, names, position(start))
  }

  /// Parses `:` and an indented block (or a simple statement on the same line).
  private mutating func parseBlock(after keyword: String, line keywordLine: Int) throws -> [Statement] {
    try expect(":", "expected ':'")
    if case .newline = peek.kind {
      advance()
      guard case .indent = peek.kind else {
        throw error(
          "expected an indented block after \(keyword) on line \(keywordLine - firstLine + 1)",
          kind: .indentationError)
      }
      advance()
      try enterNesting()
      defer { nesting -= 1 }
      return try parseStatements(closedByDedent: true)
    }
    return try parseSimpleStatements()
  }

  private mutating func parseIf() throws -> Statement {
    let start = advance()
    var branches: [(Expression, [Statement])] = []
    let test = try parseNamedTest()
    branches.append((test, try parseBlock(after: "'if' statement", line: start.line)))
    var orElse: [Statement]?
    while true {
      if checkKeyword("elif") {
        let elif = advance()
        let condition = try parseNamedTest()
        branches.append((condition, try parseBlock(after: "'elif' statement", line: elif.line)))
      } else if checkKeyword("else") {
        let elseToken = advance()
        orElse = try parseBlock(after: "'else' statement", line: elseToken.line)
        break
      } else {
        break
      }
    }
    return .ifStatement(branches, orElse: orElse, position(start))
  }

  private mutating func parseNamedTest() throws -> Expression {
    let expression = try parseTest()
    if check(":=") { throw error("assignment expressions (:=) are not supported in Gradbook cells") }
    return expression
  }

  private mutating func parseWhile() throws -> Statement {
    let start = advance()
    let test = try parseNamedTest()
    loopDepth += 1
    let body = try parseBlock(after: "'while' statement", line: start.line)
    loopDepth -= 1
    var orElse: [Statement]?
    if checkKeyword("else") {
      let elseToken = advance()
      orElse = try parseBlock(after: "'else' statement", line: elseToken.line)
    }
    return .whileLoop(test, body, orElse: orElse, position(start))
  }

  private mutating func parseFor() throws -> Statement {
    let start = advance()
    let target = try parseTargetList()
    try validateAssignmentTarget(target, top: true)
    guard matchKeyword("in") else { throw invalidSyntax() }
    let iterable = try parseStarExpressions()
    loopDepth += 1
    let body = try parseBlock(after: "'for' statement", line: start.line)
    loopDepth -= 1
    var orElse: [Statement]?
    if checkKeyword("else") {
      let elseToken = advance()
      orElse = try parseBlock(after: "'else' statement", line: elseToken.line)
    }
    return .forLoop(target, iterable, body, orElse: orElse, position(start))
  }

  /// A `for` / comprehension target: `x`, `i, x`, `(a, b), c`.
  private mutating func parseTargetList() throws -> Expression {
    let first = try parseTargetAtom()
    guard check(",") else { return first }
    var elements = [first]
    while match(",") {
      if checkKeyword("in") || check("=") { break }
      elements.append(try parseTargetAtom())
    }
    return .tuple(elements, first.position)
  }

  private mutating func parseTargetAtom() throws -> Expression {
    if check("*") {
      let star = advance()
      return .starred(try parseBitOr(), position(star))
    }
    return try parseBitOr()
  }

  private mutating func parseWith() throws -> Statement {
    let start = advance()
    var items: [(Expression, Expression?)] = []
    repeat {
      let manager = try parseTest()
      var target: Expression?
      if matchKeyword("as") {
        let parsed = try parseTargetAtom()
        try validateAssignmentTarget(parsed, top: true)
        target = parsed
      }
      items.append((manager, target))
    } while match(",")
    let body = try parseBlock(after: "'with' statement", line: start.line)
    return .with(items, body, position(start))
  }

  private mutating func parseTry() throws -> Statement {
    let start = advance()
    let body = try parseBlock(after: "'try' statement", line: start.line)
    var handlers: [ExceptHandler] = []
    while checkKeyword("except") {
      let exceptToken = advance()
      var type: Expression?
      var name: String?
      if !check(":") {
        type = try parseTest()
        if check(",") {
          throw error("multiple exception types must be parenthesized")
        }
        if matchKeyword("as") { name = try expectIdentifier() }
      }
      let handlerBody = try parseBlock(after: "'except' statement", line: exceptToken.line)
      handlers.append(
        ExceptHandler(type: type, name: name, body: handlerBody, position: position(exceptToken)))
    }
    var orElse: [Statement]?
    if !handlers.isEmpty, checkKeyword("else") {
      let elseToken = advance()
      orElse = try parseBlock(after: "'else' statement", line: elseToken.line)
    }
    var finally: [Statement]?
    if checkKeyword("finally") {
      let finallyToken = advance()
      finally = try parseBlock(after: "'finally' statement", line: finallyToken.line)
    }
    if handlers.isEmpty && finally == nil {
      throw error("expected 'except' or 'finally' block")
    }
    return .tryStatement(body, handlers, orElse: orElse, finally: finally, position(start))
  }

  /// `@expression` lines (any expression, as since Python 3.9) followed by a `def`.
  private mutating func parseDecorated() throws -> Statement {
    var decorators: [Expression] = []
    while match("@") {
      decorators.append(try parseTest())
      guard case .newline = peek.kind else { throw invalidSyntax() }
      advance()
    }
    guard case .name(let word) = peek.kind, word == "def" else {
      if checkKeyword("class") { return try parseClass(decorators: decorators) }
      if checkKeyword("async") { return try parseStatement().first ?? .pass(position(peek)) }
      throw invalidSyntax()
    }
    return try parseDef(decorators: decorators)
  }

  private mutating func parseDef(decorators: [Expression] = []) throws -> Statement {
    let start = advance()
    let name = try expectIdentifier()
    try expect("(", "expected '('")
    let parameters = try parseParameters(closing: ")")
    try expect(")")
    if match("->") { _ = try parseTest() }
    let savedLoops = loopDepth
    let (savedYieldAllowed, yieldsBefore, supersBefore) = (yieldAllowed, yieldPositions.count, superMentions)
    loopDepth = 0
    functionDepth += 1
    yieldAllowed = true
    let body = try parseBlock(after: "function definition", line: start.line)
    functionDepth -= 1
    loopDepth = savedLoops
    yieldAllowed = savedYieldAllowed
    let isGenerator = yieldPositions.count > yieldsBefore
    yieldPositions.removeSubrange(yieldsBefore...)
    let definition = FunctionDefinition(
      name: name, parameters: parameters, body: body, isLambda: false, isGenerator: isGenerator,
      mentionsSuper: superMentions > supersBefore, position: position(start))
    return .functionDefinition(definition, decorators: decorators, position(start))
  }

  /// `yield`, `yield expressions` or `yield from expression`, where a generator's body may have one.
  private mutating func parseYield() throws -> Expression {
    let token = advance()
    let start = position(token)
    yieldPositions.append(start)
    if !yieldAllowed { misplacedYields.append((start, "'yield' outside function")) }
    if matchKeyword("from") {
      if isExpressionEnd || check(",") { throw invalidSyntax() }
      return .yieldFrom(try parseTest(), start)
    }
    if isExpressionEnd || check(",") { return .yield(nil, start) }
    return .yield(try parseStarExpressions(allowStarred: true), start)
  }

  /// The value after `=` (or `+=`, …): expressions, or a yield expression.
  private mutating func parseAssignedValue(allowStarred: Bool) throws -> Expression {
    if checkKeyword("yield") { return try parseYield() }
    return try parseStarExpressions(allowStarred: allowStarred)
  }

  /// `class Name(bases, keyword=value):` and its body, a scope of its own where `return` and `yield`
  /// are errors (as at module level).
  private mutating func parseClass(decorators: [Expression] = []) throws -> Statement {
    let start = advance()
    let name = try expectIdentifier()
    var arguments: [CallArgument] = []
    if match("(") {
      try enterNesting()
      arguments = try parseCallArguments()
      nesting -= 1
      try expect(")")
    }
    let saved = (functionDepth, loopDepth, yieldAllowed)
    (functionDepth, loopDepth, yieldAllowed) = (0, 0, false)
    let body = try parseBlock(after: "class definition", line: start.line)
    (functionDepth, loopDepth, yieldAllowed) = saved
    let definition = ClassDefinition(name: name, arguments: arguments, body: body, position: position(start))
    return .classDefinition(definition, decorators: decorators, position(start))
  }

  private mutating func parseParameters(closing: String) throws -> [FunctionDefinition.Parameter] {
    var parameters: [FunctionDefinition.Parameter] = []
    var seenDefault = false
    var keywordOnly = false
    while !check(closing) {
      let token = peek
      if match("**") {
        parameters.append(.init(name: try expectIdentifier(), defaultValue: nil, kind: .variadicKeyword))
        _ = match(",")
        guard check(closing) else { throw invalidSyntax() }
        break
      }
      if match("*") {
        guard !keywordOnly else { throw invalidSyntax() }
        keywordOnly = true
        if check(",") {
          advance()
          continue
        }
        parameters.append(.init(name: try expectIdentifier(), defaultValue: nil, kind: .variadicPositional))
      } else if match("/") {
        // Positional-only marker: accepted and ignored.
      } else {
        let name = try expectIdentifier()
        if closing == ")", match(":") { _ = try parseTest() }
        if parameters.contains(where: { $0.name == name }) {
          throw SyntaxErrorFactory.make(
            "duplicate argument '\(name)' in function definition", line: token.line, column: token.column)
        }
        var defaultValue: Expression?
        if match("=") {
          defaultValue = try parseTest()
          seenDefault = true
        } else if seenDefault && !keywordOnly {
          throw SyntaxErrorFactory.make(
            "non-default argument follows default argument", line: token.line, column: token.column)
        }
        parameters.append(
          .init(name: name, defaultValue: defaultValue, kind: keywordOnly ? .keywordOnly : .normal))
      }
      if !match(",") { break }
    }
    return parameters
  }

  // MARK: Expressions

  /// Expressions separated by commas; more than one (or a trailing comma) makes a tuple.
  mutating func parseStarExpressions(allowStarred: Bool = true) throws -> Expression {
    let first = try parseStarOrTest(allowStarred: allowStarred)
    guard check(",") else { return first }
    var elements = [first]
    while match(",") {
      if isExpressionEnd { break }
      elements.append(try parseStarOrTest(allowStarred: allowStarred))
    }
    return .tuple(elements, first.position)
  }

  private var isExpressionEnd: Bool {
    switch peek.kind {
    case .newline, .end, .indent, .dedent: return true
    case .op(let op):
      return [")", "]", "}", "=", ";", ":"].contains(op)
        || (op.hasSuffix("=") && op.count >= 2 && !["==", "<=", ">=", "!="].contains(op))
    default: return false
    }
  }

  private mutating func parseStarOrTest(allowStarred: Bool) throws -> Expression {
    if check("*") {
      let star = advance()
      return .starred(try parseBitOr(), position(star))
    }
    return try parseTest()
  }

  /// `lambda`, or `or_test ['if' or_test 'else' test]`.
  mutating func parseTest() throws -> Expression {
    try enterNesting()
    defer { nesting -= 1 }
    if checkKeyword("lambda") { return try parseLambda() }
    let body = try parseOr()
    if check(":=") { throw error("assignment expressions (:=) are not supported in Gradbook cells") }
    if checkKeyword("if") {
      let ifToken = advance()
      let test = try parseOr()
      guard matchKeyword("else") else {
        throw SyntaxErrorFactory.make(
          "expected 'else' after 'if' expression", line: body.position.line, column: body.position.column)
      }
      _ = ifToken
      let orElse = try parseTest()
      return .conditional(test: test, body: body, orElse: orElse, body.position)
    }
    return body
  }

  private mutating func parseLambda() throws -> Expression {
    let start = advance()
    let parameters = try parseParameters(closing: ":")
    try expect(":")
    let savedFunctions = functionDepth
    let (savedYieldAllowed, yieldsBefore, supersBefore) = (yieldAllowed, yieldPositions.count, superMentions)
    functionDepth += 1
    yieldAllowed = true
    let body = try parseTest()
    functionDepth = savedFunctions
    yieldAllowed = savedYieldAllowed
    let isGenerator = yieldPositions.count > yieldsBefore
    yieldPositions.removeSubrange(yieldsBefore...)
    // A generator lambda's value is what it yields; its body is the yield's expression statement.
    let statement: Statement =
      isGenerator ? .expression(body, body.position) : .returnStatement(body, body.position)
    let definition = FunctionDefinition(
      name: "<lambda>", parameters: parameters, body: [statement], isLambda: true, isGenerator: isGenerator,
      mentionsSuper: superMentions > supersBefore, position: position(start))
    return .lambda(definition, position(start))
  }

  private mutating func parseOr() throws -> Expression {
    try parseLogicalLevel("or") { try $0.parseAnd() }
  }

  private mutating func parseAnd() throws -> Expression {
    try parseLogicalLevel("and") { try $0.parseNot() }
  }

  /// `operand (keyword operand)*` for `or` / `and`, grouped to the left.
  private mutating func parseLogicalLevel(_ keyword: String, next: (inout Parser) throws -> Expression)
    throws -> Expression
  {
    var left = try next(&self)
    while checkKeyword(keyword) {
      let token = advance()
      let right = try next(&self)
      left = .logical(isAnd: keyword == "and", left, right, position(token))
    }
    return left
  }

  private mutating func parseNot() throws -> Expression {
    if checkKeyword("not") {
      let token = advance()
      try enterNesting()
      defer { nesting -= 1 }
      return .not(try parseNot(), position(token))
    }
    return try parseComparison()
  }

  private mutating func parseComparison() throws -> Expression {
    let left = try parseBitOr()
    var rest: [(ComparisonKind, Expression)] = []
    while true {
      let kind: ComparisonKind
      if case .op(let op) = peek.kind, let rich = ComparisonOperator(rawValue: op) {
        advance()
        kind = .rich(rich)
      } else if checkKeyword("in") {
        advance()
        kind = .isIn
      } else if checkKeyword("not"), case .name("in") = peekKind(1) {
        advance()
        advance()
        kind = .notIn
      } else if checkKeyword("is") {
        advance()
        kind = matchKeyword("not") ? .isNotSame : .isSame
      } else {
        break
      }
      rest.append((kind, try parseBitOr()))
    }
    if rest.isEmpty { return left }
    return .comparison(left, rest, left.position)
  }

  private mutating func parseBinaryLevel(_ ops: [String], next: (inout Parser) throws -> Expression) throws
    -> Expression
  {
    var left = try next(&self)
    while case .op(let op) = peek.kind, ops.contains(op), let binary = BinaryOperator(rawValue: op) {
      advance()
      let right = try next(&self)
      left = .binary(binary, left, right, left.position)
    }
    return left
  }

  private mutating func parseBitOr() throws -> Expression {
    try parseBinaryLevel(["|"]) { try $0.parseBitXor() }
  }

  private mutating func parseBitXor() throws -> Expression {
    try parseBinaryLevel(["^"]) { try $0.parseBitAnd() }
  }

  private mutating func parseBitAnd() throws -> Expression {
    try parseBinaryLevel(["&"]) { try $0.parseShift() }
  }

  private mutating func parseShift() throws -> Expression {
    try parseBinaryLevel(["<<", ">>"]) { try $0.parseArithmetic() }
  }

  private mutating func parseArithmetic() throws -> Expression {
    try parseBinaryLevel(["+", "-"]) { try $0.parseTerm() }
  }

  private mutating func parseTerm() throws -> Expression {
    try parseBinaryLevel(["*", "/", "//", "%", "@"]) { try $0.parseUnary() }
  }

  private mutating func parseUnary() throws -> Expression {
    if case .op(let op) = peek.kind, op == "-" || op == "+" || op == "~" {
      let token = advance()
      try enterNesting()
      defer { nesting -= 1 }
      let operand = try parseUnary()
      let unary: UnaryOperator = op == "-" ? .negate : op == "+" ? .plus : .invert
      if unary == .negate, case .literal(.int(let number), _) = operand, number > 0 {
        return .literal(.int(-number), position(token))
      }
      if unary == .negate, case .literal(.float(let number), _) = operand {
        return .literal(.float(-number), position(token))
      }
      return .unary(unary, operand, position(token))
    }
    return try parsePower()
  }

  private mutating func parsePower() throws -> Expression {
    let base = try parsePrimary()
    if check("**") {
      advance()
      let exponent = try parseUnary()
      return .binary(.power, base, exponent, base.position)
    }
    return base
  }

  private mutating func parsePrimary() throws -> Expression {
    var expression = try parseAtom()
    while true {
      if check("(") {
        let token = advance()
        try enterNesting()
        let arguments = try parseCallArguments()
        nesting -= 1
        try expect(")")
        _ = token
        expression = .call(expression, arguments, expression.position)
      } else if check("[") {
        let token = advance()
        try enterNesting()
        let index = try parseSubscriptList()
        nesting -= 1
        try expect("]")
        _ = token
        expression = .subscription(expression, index, expression.position)
      } else if check(".") {
        let token = advance()
        let name = try expectIdentifier()
        _ = token
        expression = .attribute(expression, name, expression.position)
      } else {
        break
      }
    }
    return expression
  }

  private mutating func parseCallArguments() throws -> [CallArgument] {
    var arguments: [CallArgument] = []
    var sawKeyword = false
    var sawKeywordUnpack = false
    while !check(")") {
      let token = peek
      if match("**") {
        arguments.append(.unpackKeywords(try parseTest()))
        sawKeywordUnpack = true
      } else if match("*") {
        if sawKeywordUnpack {
          throw SyntaxErrorFactory.make(
            "iterable argument unpacking follows keyword argument unpacking", line: token.line,
            column: token.column)
        }
        arguments.append(.unpackPositional(try parseTest()))
      } else if case .name(let name) = token.kind, case .op("=") = peekKind(1), !Self.keywords.contains(name)
      {
        advance()
        advance()
        arguments.append(.keyword(name, try parseTest()))
        sawKeyword = true
      } else {
        let value = try parseTest()
        if checkKeyword("for") {
          let generator = try parseComprehensionTail(
            kind: .generator, element: value, value: nil, start: value.position)
          if !arguments.isEmpty || check(",") && peekKind(1) != .op(")") {
            throw SyntaxErrorFactory.make(
              "Generator expression must be parenthesized", line: value.position.line,
              column: value.position.column)
          }
          arguments.append(.positional(generator))
        } else {
          if sawKeywordUnpack {
            throw SyntaxErrorFactory.make(
              "positional argument follows keyword argument unpacking", line: token.line, column: token.column
            )
          }
          if sawKeyword {
            throw SyntaxErrorFactory.make(
              "positional argument follows keyword argument", line: token.line, column: token.column)
          }
          if check("=") {
            throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: token)
          }
          arguments.append(.positional(value))
        }
      }
      if !match(",") { break }
    }
    if !check(")"), !arguments.isEmpty { try checkMissingComma() }
    return arguments
  }

  /// Two expressions side by side inside brackets: CPython suggests a missing comma.
  private func checkMissingComma() throws {
    let startsExpression: Bool
    switch peek.kind {
    case .integer, .bigInteger, .float, .string, .formattedString: startsExpression = true
    case .name(let word):
      startsExpression =
        !Self.keywords.contains(word) || ["None", "True", "False", "not", "lambda"].contains(word)
    default: startsExpression = false
    }
    if startsExpression {
      throw error("invalid syntax. Perhaps you forgot a comma?", at: tokens[max(current - 1, 0)])
    }
  }

  private mutating func parseSubscriptList() throws -> Expression {
    let first = try parseSubscriptItem()
    guard check(",") else { return first }
    var elements = [first]
    while match(",") {
      if check("]") { break }
      elements.append(try parseSubscriptItem())
    }
    return .tuple(elements, first.position)
  }

  private mutating func parseSubscriptItem() throws -> Expression {
    let start = peek
    var lower: Expression?
    if !check(":") {
      if check("*") {
        let star = advance()
        return .starred(try parseBitOr(), position(star))
      }
      lower = try parseTest()
      guard check(":") else { return lower ?? .ellipsis(position(start)) }
    }
    advance()
    var upper: Expression?
    if !check(":") && !check("]") && !check(",") { upper = try parseTest() }
    var step: Expression?
    if match(":") {
      if !check("]") && !check(",") { step = try parseTest() }
    }
    return .slice(lower, upper, step, position(start))
  }

  private mutating func parseAtom() throws -> Expression {
    let token = peek
    let start = position(token)
    switch token.kind {
    case .integer(let number):
      advance()
      return .literal(.int(number), start)
    case .bigInteger:
      advance()
      return .overflowLiteral(start)
    case .float(let number):
      advance()
      return .literal(.float(number), start)
    case .string, .formattedString:
      return try parseStrings()
    case .name(let name):
      switch name {
      case "True": advance(); return .literal(.bool(true), start)
      case "False": advance(); return .literal(.bool(false), start)
      case "None": advance(); return .literal(.none, start)
      case "yield": throw invalidSyntax()
      case "await": throw error("'await' is not supported in Gradbook cells")
      default:
        if Self.keywords.contains(name) { throw invalidSyntax() }
        advance()
        if name == "super" { superMentions += 1 }
        return .name(NameReference(name), start)
      }
    case .op(let op):
      switch op {
      case "(":
        advance()
        try enterNesting()
        defer { nesting -= 1 }
        if match(")") { return .tuple([], start) }
        if checkKeyword("yield") {
          let yield = try parseYield()
          try expect(")")
          return yield
        }
        let first = try parseStarOrTest(allowStarred: true)
        if checkKeyword("for") {
          return try parseComprehension(.generator, element: first, value: nil, start: start, closing: ")")
        }
        if !check(")") && !check(",") { try checkMissingComma() }
        if match(")") {
          if case .starred(_, let p) = first {
            throw SyntaxErrorFactory.make(
              "cannot use starred expression here", line: p.line, column: p.column)
          }
          return first
        }
        return .tuple(try parseElements(after: first, closing: ")"), start)
      case "[":
        advance()
        try enterNesting()
        defer { nesting -= 1 }
        if match("]") { return .list([], start) }
        let first = try parseStarOrTest(allowStarred: true)
        if checkKeyword("for") {
          return try parseComprehension(.list, element: first, value: nil, start: start, closing: "]")
        }
        return .list(try parseElements(after: first, closing: "]"), start)
      case "{":
        advance()
        try enterNesting()
        defer { nesting -= 1 }
        return try parseBraces(start: start)
      case "...":
        advance()
        return .ellipsis(start)
      default:
        throw invalidSyntax()
      }
    case .indent:
      throw unexpectedIndent()
    default:
      throw invalidSyntax()
    }
  }

  private mutating func parseBraces(start: SourcePosition) throws -> Expression {
    if match("}") { return .dict([], start) }
    if match("**") {
      var entries: [(Expression?, Expression)] = [(nil, try parseBitOr())]
      try parseDictRest(&entries, afterUnpack: true)
      return .dict(entries, start)
    }
    let first = try parseStarOrTest(allowStarred: true)
    if !check(":") && !check(",") && !check("}") && !checkKeyword("for") { try checkMissingComma() }
    if check(":") {
      let value = try parseDictValue()
      if checkKeyword("for") {
        return try parseComprehension(.dict, element: first, value: value, start: start, closing: "}")
      }
      var entries: [(Expression?, Expression)] = [(first, value)]
      try parseDictRest(&entries, afterUnpack: false)
      return .dict(entries, start)
    }
    if checkKeyword("for") {
      return try parseComprehension(.set, element: first, value: nil, start: start, closing: "}")
    }
    return .set(try parseElements(after: first, closing: "}"), start)
  }

  /// The elements of a tuple, list or set display after its first one, through `closing`.
  private mutating func parseElements(after first: Expression, closing: String) throws -> [Expression] {
    var elements = [first]
    while match(",") {
      if check(closing) { break }
      elements.append(try parseStarOrTest(allowStarred: true))
    }
    if !check(closing) { try checkMissingComma() }
    try expect(closing)
    return elements
  }

  /// A bracketed comprehension after its element (and value, for dicts), through `closing`.
  private mutating func parseComprehension(
    _ kind: ComprehensionKind, element: Expression, value: Expression?, start: SourcePosition,
    closing: String
  ) throws -> Expression {
    let comprehension = try parseComprehensionTail(kind: kind, element: element, value: value, start: start)
    try expect(closing)
    return comprehension
  }

  /// `: value` after a dictionary key.
  private mutating func parseDictValue() throws -> Expression {
    let colon = advance()
    if check("}") || check(",") { throw error("expression expected after dictionary key and ':'", at: colon) }
    return try parseTest()
  }

  /// The entries after a dict display's first one, through `}` (`afterUnpack`: the first was `**`).
  private mutating func parseDictRest(_ entries: inout [(Expression?, Expression)], afterUnpack: Bool)
    throws
  {
    var lastWasUnpack = afterUnpack
    while match(",") {
      if check("}") { break }
      if match("**") {
        entries.append((nil, try parseBitOr()))
        lastWasUnpack = true
        continue
      }
      let key = try parseTest()
      guard check(":") else {
        throw error("':' expected after dictionary key", at: tokens[max(current - 1, 0)])
      }
      entries.append((key, try parseDictValue()))
      lastWasUnpack = false
    }
    // CPython suggests a missing comma after `key: value`, never after `**mapping`.
    if !check("}") && !lastWasUnpack { try checkMissingComma() }
    try expect("}")
  }

  private mutating func parseComprehensionTail(
    kind: ComprehensionKind, element: Expression, value: Expression?, start: SourcePosition
  ) throws -> Expression {
    let forPosition = position(peek)
    let inside = yieldPositions.filter { !$0.isBefore(start) && $0.isBefore(forPosition) }
    if !inside.isEmpty {
      let message = "'yield' inside \(Self.describe(.comprehension(kind, element, value, [], start)))"
      misplacedYields.removeAll { misplaced in inside.contains(misplaced.0) }
      misplacedYields.append(contentsOf: inside.map { ($0, message) })
    }
    var clauses: [ComprehensionClause] = []
    while matchKeyword("for") {
      let target = try parseTargetList()
      try validateAssignmentTarget(target, top: true)
      guard matchKeyword("in") else { throw invalidSyntax() }
      let iterable = try parseOr()
      var conditions: [Expression] = []
      while matchKeyword("if") { conditions.append(try parseOrNoConditional()) }
      clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions))
    }
    return .comprehension(kind, element, value, clauses, start)
  }

  private mutating func parseOrNoConditional() throws -> Expression {
    if checkKeyword("lambda") { return try parseLambda() }
    return try parseOr()
  }

  // MARK: Strings

  private mutating func parseStrings() throws -> Expression {
    let start = position(peek)
    var parts: [FormattedPart] = []
    var anyFormatted = false
    while true {
      let token = peek
      if case .string(let text) = token.kind {
        advance()
        parts.append(.text(text))
      } else if case .formattedString(let raw, let isRaw) = token.kind {
        advance()
        anyFormatted = true
        parts.append(
          contentsOf: try FormattedStringParser.parse(
            raw, raw: isRaw, line: token.line, column: token.column, nesting: nesting))
      } else {
        break
      }
    }
    if !anyFormatted {
      let text = parts.map { part -> String in
        if case .text(let text) = part { return text }
        return ""
      }.joined()
      return .literal(.string(text), start)
    }
    return .formatted(parts, start)
  }

  /// Parses one expression from the text of an f-string field.
  static func parseFieldExpression(_ text: String, line: Int, column: Int, nesting: Int) throws -> Expression
  {
    var lexer = Lexer("(" + text + ")", startLine: line)
    var parser = Parser(tokens: try lexer.tokenize())
    parser.nesting = nesting + 1
    parser.functionDepth = 1
    let expression = try parser.parseStarExpressions()
    if case .newline = parser.peek.kind { return expression }
    throw SyntaxErrorFactory.make("f-string: invalid syntax", line: line, column: column)
  }
}
