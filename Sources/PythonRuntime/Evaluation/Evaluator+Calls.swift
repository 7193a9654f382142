/// Calls: argument evaluation, cell functions, builtins, types, methods and native callables.
extension Evaluator {
  func evaluateCall(_ calleeExpression: Expression, _ argumentExpressions: [CallArgument], in scope: Scope)
    throws -> Value
  {
    // Method calls skip creating a bound-method value.
    if case .attribute(let objectExpression, let name, let position) = calleeExpression {
      let object = try evaluate(objectExpression, in: scope)
      let arguments = try evaluateArguments(argumentExpressions, in: scope)
      do {
        return try callAttribute(object, name, arguments)
      } catch let error as PythonError {
        throw error.located(line: position.line, column: position.column)
      }
    }
    let callee = try evaluate(calleeExpression, in: scope)
    if argumentExpressions.isEmpty, case .builtin(let function) = callee, function.name == "super" {
      return try zeroArgumentSuper(in: scope)
    }
    let arguments: Arguments
    do {
      arguments = try evaluateArguments(argumentExpressions, in: scope)
    } catch let error as PythonError where error.message.hasPrefix("got multiple values for keyword argument")
    {
      let label: String
      switch callee {
      case .function(let function): label = "__main__.\(function.name)() "
      case .builtin(let function): label = "\(function.name)() "
      default: label = ""
      }
      throw PythonError.typeError(label + error.message)
    }
    return try call(callee, arguments)
  }

  private func callAttribute(_ object: Value, _ name: String, _ arguments: Arguments) throws -> Value {
    switch object {
    case .module, .type:
      return try call(try attribute(of: object, name), arguments)
    case .native(let instance as InstanceObject):
      // The common `self.method(...)`: a function of the class, called without a bound-method value.
      if instance.ownAttribute(name) == nil, let (value, _) = instance.cls.lookup(name),
        case .function(let function) = value
      {
        var bound = arguments
        bound.positional.insert(object, at: 0)
        return try callFunction(function, bound)
      }
    case .native(let nativeObject):
      if let body = nativeObject.pythonType.member(name)?.body { return try body(object, arguments, context) }
    default:
      // One dictionary lookup in the type's table; no bound-method value is made.
      let method = try object.withPythonType { try $0.callMethod(name, on: object, arguments, self) }
      if let result = method { return result }
    }
    return try call(try attribute(of: object, name), arguments)
  }

  func evaluateArguments(_ expressions: [CallArgument], in scope: Scope) throws -> Arguments {
    var positional: [Value] = []
    positional.reserveCapacity(expressions.count)
    if expressions.allSatisfy(\.isPositional) {
      // The common call: one allocation, no keyword bookkeeping.
      for case .positional(let value) in expressions { positional.append(try evaluate(value, in: scope)) }
      return Arguments(positional)
    }
    var arguments = Arguments(positional)
    for expression in expressions {
      switch expression {
      case .positional(let value):
        arguments.positional.append(try evaluate(value, in: scope))
      case .keyword(let name, let value):
        if arguments.keywords.contains(where: { $0.name == name }) {
          throw PythonError(.syntaxError, "keyword argument repeated: \(name)")
        }
        arguments.keywords.append((name, try evaluate(value, in: scope)))
      case .unpackPositional(let value):
        let iterable = try evaluate(value, in: scope)
        guard isIterable(iterable) else {
          throw PythonError.typeError("Value after * must be an iterable, not \(iterable.typeName)")
        }
        arguments.positional.append(contentsOf: try materialize(iterable))
      case .unpackKeywords(let value):
        let mapping = try evaluate(value, in: scope)
        guard case .dict(let dict) = mapping else {
          throw PythonError.typeError("argument after ** must be a mapping, not \(mapping.typeName)")
        }
        for (keyValue, value) in dict.entries {
          guard case .string(let key) = keyValue else {
            throw PythonError.typeError("keywords must be strings")
          }
          if arguments.keywords.contains(where: { $0.name == key }) {
            throw PythonError.typeError("got multiple values for keyword argument '\(key)'")
          }
          arguments.keywords.append((key, value))
        }
      }
    }
    return arguments
  }

  /// Calls any Python callable.
  func call(_ callee: Value, _ arguments: Arguments) throws -> Value {
    switch callee {
    case .function(let function):
      return try callFunction(function, arguments)
    case .builtin(let function):
      return try function.body(arguments, context)
    case .type(let type):
      return try construct(type, arguments)
    case .native(let object):
      return try object.call(arguments: arguments, context: context)
    default:
      throw PythonError.typeError("'\(callee.typeName)' object is not callable")
    }
  }

  func callFunction(_ function: FunctionObject, _ arguments: Arguments) throws -> Value {
    callDepth += 1
    defer { callDepth -= 1 }
    if callDepth >= limits.recursionDepth {
      throw PythonError(.recursionError, "maximum recursion depth exceeded")
    }
    let definition = function.definition
    var scope = Scope(layout: definition.layout, enclosing: function.closure, definition: definition)
    if definition.mentionsSuper { scope.definingClass = function.definingClass }
    let given = arguments.positional.count
    if arguments.keywords.isEmpty, function.hasOnlyPlainParameters,
      given >= function.requiredParameterCount, given <= definition.parameters.count
    {
      // Positional arguments, then the trailing defaults, straight into the parameters' slots
      // (the layout puts parameters first, in order).
      for offset in definition.parameters.indices {
        let value = offset < given ? arguments.positional[offset] : function.parameterDefaults[offset]
        _ = scope.replace(at: offset, with: value ?? Value.none)
      }
    } else {
      let bound = try arguments.bind(function.signature)
      for (name, value) in bound.values { scope[name] = value }
      for (offset, parameter) in definition.parameters.enumerated() {
        switch parameter.kind {
        case .normal, .keywordOnly:
          // Omitted parameters with defaults: binding leaves them to the function's own values.
          if bound.values[parameter.name] == nil, let value = function.parameterDefaults[offset] {
            scope[parameter.name] = value
          }
        case .variadicPositional: scope[parameter.name] = .tuple(bound.extraPositional)
        case .variadicKeyword:
          let dict = DictObject()
          for (name, value) in bound.extraKeywords { try dict.set(.string(name), value) }
          scope[parameter.name] = .dict(dict)
        }
      }
    }
    if definition.isGenerator { return makeGenerator(function, scope) }
    let savedLine = currentLine
    defer {
      currentLine = savedLine
      releaseLocalClosures(scope)
      // Only when no closure kept the scope alive may its locals be dismantled.
      if isKnownUniquelyReferenced(&scope) { disposeLocals(scope) }
    }
    if case .returnValue(let value) = try execute(definition.body, in: scope) { return value }
    return .none
  }

  /// Drops a finished call's container locals iteratively (see ``ValueDisposer``).
  private func disposeLocals(_ scope: Scope) {
    for slot in 0..<scope.count {
      switch scope.value(at: slot) {
      case .list?, .dict?: break
      case .tuple(let elements)? where !elements.isEmpty: break
      default: continue
      }
      guard var value = scope.replace(at: slot, with: nil) else { continue }
      ValueDisposer.dispose(&value)
    }
  }

  /// Breaks the reference cycle between a finished call's scope and the nested functions it
  /// defined, unless those functions escaped (were returned or stored elsewhere).
  func releaseLocalClosures(_ scope: Scope) {
    for slot in 0..<scope.count where definesClosure(scope.value(at: slot), over: scope) {
      guard case .function(var function)? = scope.replace(at: slot, with: nil) else { continue }
      if !isKnownUniquelyReferenced(&function) {
        _ = scope.replace(at: slot, with: .function(function))
      }
    }
  }

  private func definesClosure(_ value: Value?, over scope: Scope) -> Bool {
    guard case .function(let function)? = value else { return false }
    return function.closure === scope
  }

  /// Calls a type: conversions (`int("3")`), containers, exceptions, native constructors.
  func construct(_ type: TypeObject, _ arguments: Arguments) throws -> Value {
    if let cls = userClass(type) { return try instantiate(cls, arguments) }
    return try type.construct(arguments, context: context)
  }

  /// `isinstance(value, type)` for one type object.
  func isInstance(_ value: Value, of type: TypeObject) -> Bool {
    // A cell class is known by identity: two classes may share a name (a cell run twice).
    if let cls = userClass(type) { return isInstance(value, ofUserClass: cls) }
    if let check = type.instanceCheck { return check(value) }
    return value.pythonType.isSubtype(of: type)
  }
}
