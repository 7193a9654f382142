import Foundation

/// Walks the syntax tree and runs it with Python semantics, within the session's budgets.
///
/// Statement execution lives here; expressions, operators, calls and builtins live in
/// extensions in `Evaluator+*.swift`.
final class Evaluator {
  let limits: Limits
  let modules: ModuleRegistry
  var loadedModules: [String: ModuleObject] = [:]
  let globals = Scope(globals: ())
  let builtins = Builtins.namespace.values
  /// The session's live memory, held to `limits.memoryBytes`.
  let memory: MemoryLedger
  lazy var context = NativeContext(evaluator: self)
  /// The bindings' per-session state, created once from the registry's factories.
  private(set) var extensions: [SessionExtension] = []

  // Per-cell state.
  // Unchecked: counted on every evaluated node; the runtime checks were ~15% of a loop's instructions.
  @exclusivity(unchecked) var steps = 0
  /// The step count at which ``passCheckpoint()`` next runs (at most the budget).
  @exclusivity(unchecked) var stepCheckpoint = 0
  /// Native work not yet charged as steps (less than one step's worth after each charge).
  @exclusivity(unchecked) var workCarry = 0
  /// When the running cell's wall-clock limit passes; nil when it has none.
  var cellDeadline: ContinuousClock.Instant?
  @exclusivity(unchecked) var callDepth = 0
  @exclusivity(unchecked) var evaluationDepth = 0
  var comparisonDepth = 0
  var output = ""
  var outputCount = 0
  /// Characters printed by all the cells of the session so far.
  var sessionOutputCount = 0
  var warnings: [String] = []
  var warningKeys: Set<String> = []
  /// Warnings already shown from a place inside a library, for the whole session (as Python's
  /// per-module warning registry keeps them).
  var libraryWarningKeys: Set<String> = []
  @exclusivity(unchecked) var currentLine = 0
  /// Exceptions being handled by enclosing `except` blocks (for bare `raise`).
  var handling: [PythonError] = []
  /// The last cell's final statement and, when it was an expression, its value (for `SessionBindings`).
  var lastCellStatement: Statement?
  var lastCellValue: Value?
  /// The generator whose body is running now (where `yield` suspends), nil outside generators.
  var runningGenerator: GeneratorFrame?
  /// Generators whose bodies have started and not ended (each holds a thread).
  var runningGenerators = 0
  /// Whether a generator dropped while suspended is closed by running its body (false once the session
  /// is being torn down: its generators are then unwound without running Python code).
  var canFinalizeGenerators = true
  /// The classes defined in cells, by their type object (the session keeps them alive).
  var userClasses: [ObjectIdentifier: ClassObject] = [:]
  /// An error a `__repr__`/`__str__` raised inside the (non-throwing) formatter, thrown after it.
  var pendingFormattingError: PythonError?

  /// Deepest nesting of evaluation (expressions and statements across calls) before RecursionError.
  let maximumEvaluationDepth: Int

  init(limits: Limits, modules: ModuleRegistry) {
    self.limits = limits
    self.modules = modules
    self.maximumEvaluationDepth = max(limits.recursionDepth, 1) * 8 + 2_000
    self.memory = MemoryLedger(budget: limits.memoryBytes)
    globals["__name__"] = .string("__main__")
    extensions = modules.extensionFactories.map { $0(context) }
  }

  /// Runs `body` inside every extension's scope, the first registered outermost.
  func withinExtensions(_ body: () -> Void) {
    func enter(_ index: Int) {
      guard index < extensions.count else { return body() }
      extensions[index].withinSession { enter(index + 1) }
    }
    enter(0)
  }

  // MARK: Budgets

  @inline(__always)
  func step() throws {
    steps &+= 1
    if steps > stepCheckpoint { try passCheckpoint() }
  }

  func chargeSteps(_ count: Int) throws {
    let (sum, overflow) = steps.addingReportingOverflow(max(count, 0))
    steps = overflow ? Int.max : sum
    if steps > stepCheckpoint { try passCheckpoint() }
  }

  /// Called every ``watchdogInterval`` steps and at the step budget: ends the cell when the budget is spent or
  /// the cell has run past its wall-clock limit, else sets the next checkpoint.
  func passCheckpoint() throws {
    if steps > limits.steps { throw stepBudgetError() }
    if let deadline = cellDeadline, ContinuousClock.now >= deadline { throw wallClockError() }
    let (next, overflow) = steps.addingReportingOverflow(Self.watchdogInterval)
    stepCheckpoint = overflow ? limits.steps : min(next, limits.steps)
  }

  /// Steps between two looks at the clock: the watchdog costs one comparison per step, as the budget always did.
  static let watchdogInterval = 4_096

  private func stepBudgetError() -> PythonError {
    PythonError(
      .timeoutError,
      "cell stopped after \(limits.steps) evaluation steps (Gradbook's budget per cell); a loop that never ends, or tensor work too large for a cell?",
      fatal: true)
  }

  private func wallClockError() -> PythonError {
    PythonError(
      .timeoutError,
      "the cell ran longer than \(Limits.describe(seconds: limits.cellSeconds)) s",
      fatal: true)
  }

  /// Throws MemoryError when a container of `count` elements would exceed the budget.
  func checkContainerSize(_ count: Int, _ what: String = "sequence") throws {
    if count > limits.containerElements || count < 0 {
      throw PythonError(
        .memoryError,
        "\(what) of \(count < 0 ? "too many" : String(count)) elements is larger than Gradbook allows (\(limits.containerElements))",
        fatal: true)
    }
  }

  /// Appends printed text, within the cell's output budget and the session's.
  func write(_ text: String) throws {
    let count = text.unicodeScalars.count
    let cellRoom = max(limits.outputCharacters - outputCount, 0)
    let sessionRoom = max(limits.sessionOutputCharacters - sessionOutputCount, 0)
    if count > min(cellRoom, sessionRoom) {
      let room = min(cellRoom, sessionRoom)
      output += String(String.UnicodeScalarView(text.unicodeScalars.prefix(room)))
      outputCount += room
      sessionOutputCount += room
      let message =
        cellRoom <= sessionRoom
        ? "cell output exceeded \(limits.outputCharacters) characters (Gradbook's limit); output truncated"
        : "lesson output exceeded \(limits.sessionOutputCharacters) characters (Gradbook's limit for all the cells of a lesson); output truncated"
      throw PythonError(.runtimeError, message, fatal: true)
    }
    output += text
    outputCount += count
    sessionOutputCount += count
  }

  func emitWarning(category: String, message: String) {
    let key = "\(category)\u{0}\(message)\u{0}\(currentLine)"
    if warningKeys.insert(key).inserted {
      warnings.append("\(category): \(message)")
    }
  }

  /// A warning Python attributes to a line of library code: shown the first time in the session
  /// only, whichever line of whichever cell triggers it.
  func emitLibraryWarning(category: String, message: String, location: String) {
    guard libraryWarningKeys.insert("\(category)\u{0}\(message)\u{0}\(location)").inserted else { return }
    warnings.append("\(category): \(message)")
  }

  // MARK: Cells

  /// Runs one cell, returning its printed output, Out value, warnings and error.
  func runCell(_ code: String, startLine: Int) -> CellResult {
    steps = 0
    workCarry = 0
    stepCheckpoint = min(Self.watchdogInterval, limits.steps)
    cellDeadline =
      limits.cellSeconds > 0 ? ContinuousClock.now.advanced(by: .seconds(min(limits.cellSeconds, 1e9))) : nil
    callDepth = 0
    evaluationDepth = 0
    output = ""
    outputCount = 0
    warnings = []
    warningKeys = []
    handling = []
    pendingFormattingError = nil
    currentLine = startLine
    lastCellStatement = nil
    lastCellValue = nil
    var result = CellResult()
    do {
      let (statements, quiet) = try Parser.parseCell(code, startLine: startLine)
      lastCellStatement = statements.last
      for (offset, statement) in statements.enumerated() {
        if offset == statements.count - 1, !quiet, case .expression(let expression, let position) = statement
        {
          currentLine = position.line
          let value = try evaluate(expression, in: globals)
          lastCellValue = value
          if !value.isNone {
            try write(try reprOf(value) + "\n")
          }
        } else {
          _ = try execute(statement, in: globals)
        }
      }
    } catch let error as PythonError {
      result.error = CellError(
        typeName: error.typeName, message: error.message, line: error.line ?? startLine,
        column: error.column ?? 1)
    } catch {
      result.error = CellError(typeName: "SystemError", message: "\(error)", line: startLine, column: 1)
    }
    result.output = output
    result.warnings = warnings
    return result
  }

  // MARK: Statements

  func execute(_ statements: [Statement], in scope: Scope) throws -> ControlFlow {
    for statement in statements {
      let flow = try execute(statement, in: scope)
      if case .normal = flow { continue }
      return flow
    }
    return .normal
  }

  func execute(_ statement: Statement, in scope: Scope) throws -> ControlFlow {
    try step()
    evaluationDepth += 1
    defer { evaluationDepth -= 1 }
    if evaluationDepth > maximumEvaluationDepth {
      throw PythonError(.recursionError, "maximum recursion depth exceeded")
    }
    let position = statement.position
    currentLine = position.line
    do {
      return try executeUnlocated(statement, in: scope)
    } catch let error as PythonError {
      throw error.located(line: position.line, column: position.column)
    }
  }

  private func executeUnlocated(_ statement: Statement, in scope: Scope) throws -> ControlFlow {
    switch statement {
    case .expression(let expression, _):
      _ = try evaluate(expression, in: scope)
      return .normal
    case .assign(let targets, let valueExpression, _):
      let value = try evaluate(valueExpression, in: scope)
      for target in targets { try assign(value, to: target, in: scope) }
      return .normal
    case .augmentedAssign(let target, let op, let valueExpression, _):
      try executeAugmented(target, op, valueExpression, in: scope)
      return .normal
    case .annotatedAssign(let target, let valueExpression, _):
      if let valueExpression {
        try assign(try evaluate(valueExpression, in: scope), to: target, in: scope)
      }
      return .normal
    case .ifStatement(let branches, let orElse, _):
      for (test, body) in branches {
        currentLine = test.position.line
        if try truthValue(try evaluate(test, in: scope)) {
          return try execute(body, in: scope)
        }
      }
      if let orElse { return try execute(orElse, in: scope) }
      return .normal
    case .whileLoop(let test, let body, let orElse, _):
      while try truthValue(try evaluate(test, in: scope)) {
        try step()
        if let exit = try execute(body, in: scope).loopExit { return exit }
      }
      if let orElse { return try execute(orElse, in: scope) }
      return .normal
    case .forLoop(let target, let iterableExpression, let body, let orElse, _):
      return try executeFor(target, iterableExpression, body, orElse, in: scope)
    case .functionDefinition(let definition, let decorators, _):
      try executeDefinition(definition, decorators: decorators, in: scope)
      return .normal
    case .classDefinition(let definition, let decorators, _):
      try executeClass(definition, decorators: decorators, in: scope)
      return .normal
    case .returnStatement(let expression, _):
      return .returnValue(try expression.map { try evaluate($0, in: scope) } ?? .none)
    case .breakStatement:
      return .breakLoop
    case .continueStatement:
      return .continueLoop
    case .pass:
      return .normal
    case .with(let items, let body, _):
      return try executeWith(items[...], body, in: scope)
    case .assert(let test, let message, _):
      if try !truthValue(try evaluate(test, in: scope)) {
        let arguments = try message.map { [try evaluate($0, in: scope)] } ?? []
        throw PythonError(.assertionError, arguments: arguments)
      }
      return .normal
    case .tryStatement(let body, let handlers, let orElse, let finally, _):
      return try executeTry(body, handlers, orElse, finally, in: scope)
    case .raise(let expression, let cause, _):
      if let cause { _ = try evaluate(cause, in: scope) }
      guard let expression else {
        if let active = handling.last {
          throw active
        }
        throw PythonError(.runtimeError, "No active exception to reraise")
      }
      let value = try evaluate(expression, in: scope)
      switch value {
      case .exception(let exception):
        throw PythonError(exception: exception)
      case .type(let type) where type.isSubtype(of: PythonError.Kind.baseException.type):
        throw PythonError(exception: ExceptionObject(type: type, arguments: []))
      default:
        throw PythonError.typeError("exceptions must derive from BaseException")
      }
    case .delete(let targets, _):
      for target in targets { try delete(target, in: scope) }
      return .normal
    case .importModules(let imports, _):
      for (name, alias) in imports {
        let module = try importModule(name)
        if let alias {
          try assignName(alias, .module(module), in: scope)
        } else {
          let top = String(name.split(separator: ".").first ?? Substring(name))
          try assignName(top, .module(try importModule(top)), in: scope)
        }
      }
      return .normal
    case .importFrom(let moduleName, let names, _):
      let module = try importModule(moduleName)
      for (name, alias) in names {
        if name == "*" {
          for (key, value) in module.attributes where !key.hasPrefix("_") {
            try assignName(key, value, in: scope)
          }
          continue
        }
        if let value = module.attributes[name] {
          try assignName(alias ?? name, value, in: scope)
        } else if let submodule = try? importModule(moduleName + "." + name) {
          try assignName(alias ?? name, .module(submodule), in: scope)
        } else if let explain = module.missingAttribute {
          // A module that explains its absent members (numpy) explains them to `from … import` too.
          throw PythonError(
            .importError, "cannot import name '\(name)' from '\(moduleName)': \(explain(name).message)")
        } else {
          throw PythonError(
            .importError,
            "cannot import name '\(name)' from '\(moduleName)' (unknown location)")
        }
      }
      return .normal
    case .global, .nonlocal:
      return .normal
    }
  }

  private func executeFor(
    _ target: Expression, _ iterableExpression: Expression, _ body: [Statement], _ orElse: [Statement]?,
    in scope: Scope
  ) throws -> ControlFlow {
    let iterable = try evaluate(iterableExpression, in: scope)
    if case .range(let range) = iterable, case .name(let name, _) = target {
      let count = range.count
      var offset = 0
      while offset < count {
        try step()
        try assignName(name, .int(range.element(at: offset)), in: scope)
        offset += 1
        if let exit = try execute(body, in: scope).loopExit { return exit }
      }
    } else {
      let next = try makeIterator(iterable)
      while let element = try next() {
        try step()
        try assign(element, to: target, in: scope)
        if let exit = try execute(body, in: scope).loopExit { return exit }
      }
    }
    if let orElse { return try execute(orElse, in: scope) }
    return .normal
  }

  private func executeWith(
    _ items: ArraySlice<(Expression, Expression?)>, _ body: [Statement], in scope: Scope
  ) throws -> ControlFlow {
    guard let (managerExpression, target) = items.first else { return try execute(body, in: scope) }
    let manager = try evaluate(managerExpression, in: scope)
    guard case .native(let object) = manager else {
      throw PythonError.typeError(
        "'\(manager.typeName)' object does not support the context manager protocol")
    }
    let entered = try object.enter(context: context)
    let flow: ControlFlow
    do {
      if let target { try assign(entered, to: target, in: scope) }
      flow = try executeWith(items.dropFirst(), body, in: scope)
    } catch let error as PythonError {
      if error.isFatal {
        _ = try? object.exit(error: error, context: context)
        throw error
      }
      if try object.exit(error: error, context: context) { return .normal }
      throw error
    }
    _ = try object.exit(error: nil, context: context)
    return flow
  }

  private func executeTry(
    _ body: [Statement], _ handlers: [ExceptHandler], _ orElse: [Statement]?, _ finally: [Statement]?,
    in scope: Scope
  ) throws -> ControlFlow {
    var flow: ControlFlow = .normal
    var pending: Error?
    var bodyError: PythonError?
    do {
      flow = try execute(body, in: scope)
    } catch let error as PythonError where !error.isFatal {
      bodyError = error
    } catch {
      pending = error
    }
    if let error = bodyError {
      do {
        var matched: ExceptHandler?
        for handler in handlers where try matches(error, handler, in: scope) {
          matched = handler
          break
        }
        if let handler = matched {
          if let name = handler.name { try assignName(name, .exception(error.exception), in: scope) }
          handling.append(error)
          defer { handling.removeLast() }
          flow = try execute(handler.body, in: scope)
          if let name = handler.name { _ = scope.removeValue(forName: name) }
        } else {
          pending = error
        }
      } catch {
        pending = error
      }
    } else if pending == nil, case .normal = flow, let orElse {
      do {
        flow = try execute(orElse, in: scope)
      } catch {
        pending = error
      }
    }
    if let finally {
      if let fatal = pending as? PythonError, fatal.isFatal { throw fatal }
      let finalFlow = try execute(finally, in: scope)
      if case .normal = finalFlow {} else { return finalFlow }
    }
    if let pending { throw pending }
    return flow
  }

  private func matches(_ error: PythonError, _ handler: ExceptHandler, in scope: Scope) throws -> Bool {
    guard let typeExpression = handler.type else { return true }
    let value = try evaluate(typeExpression, in: scope)
    func check(_ candidate: Value) throws -> Bool {
      switch candidate {
      case .type(let type) where type.isSubtype(of: PythonError.Kind.baseException.type):
        return error.exception.type.isSubtype(of: type)
      case .tuple(let elements):
        for element in elements where try check(element) { return true }
        return false
      default:
        throw PythonError.typeError("catching classes that do not inherit from BaseException is not allowed")
      }
    }
    return try check(value)
  }

  // MARK: Modules

  func importModule(_ name: String) throws -> ModuleObject {
    if let loaded = loadedModules[name] { return loaded }
    if let provider = modules.provider(for: name) {
      let module = try provider(context)
      loadedModules[name] = module
      return module
    }
    let parts = name.split(separator: ".").map(String.init)
    if parts.count > 1 {
      let parent = try importModule(parts.dropLast().joined(separator: "."))
      if let last = parts.last, case .module(let submodule)? = parent.attributes[last] {
        loadedModules[name] = submodule
        return submodule
      }
    }
    throw PythonError(.moduleNotFoundError, "No module named '\(name)'")
  }

  /// Binds a `def`: decorator expressions run first (top to bottom), then the defaults, then each
  /// decorator is called on the result (bottom to top); errors point at the decorator's line.
  private func executeDefinition(
    _ definition: FunctionDefinition, decorators: [Expression], in scope: Scope
  ) throws {
    guard !decorators.isEmpty else {
      try assignName(definition.name, .function(try makeFunction(definition, in: scope)), in: scope)
      return
    }
    var decoratorValues: [Value] = []
    decoratorValues.reserveCapacity(decorators.count)
    for decorator in decorators {
      let position = decorator.position
      currentLine = position.line
      do {
        decoratorValues.append(try evaluate(decorator, in: scope))
      } catch let error as PythonError {
        throw error.located(line: position.line, column: position.column)
      }
    }
    currentLine = definition.position.line
    var result = Value.function(try makeFunction(definition, in: scope))
    for (decorator, callable) in zip(decorators, decoratorValues).reversed() {
      let position = decorator.position
      currentLine = position.line
      do {
        result = try call(callable, Arguments([result]))
      } catch let error as PythonError {
        throw error.located(line: position.line, column: position.column)
      }
    }
    try assignName(definition.name, result, in: scope)
  }

  func makeFunction(_ definition: FunctionDefinition, in scope: Scope) throws -> FunctionObject {
    var defaults: [String: Value] = [:]
    for parameter in definition.parameters {
      if let expression = parameter.defaultValue {
        defaults[parameter.name] = try evaluate(expression, in: scope)
      }
    }
    // Functions defined in a class body see the scope around the class, not its namespace.
    let outer = scope.isClassBody ? scope.enclosing : scope
    let closure: Scope? = (outer?.isGlobal ?? true) ? nil : outer
    var qualifiedName: String?
    if scope.isClassBody, case .string(let className)? = scope["__qualname__"] {
      qualifiedName = className + "." + definition.name
    }
    return FunctionObject(
      definition: definition, defaults: defaults, closure: closure, globals: globals,
      qualifiedName: qualifiedName)
  }
}
