/// Expression evaluation, names, assignment targets and comprehensions.
extension Evaluator {
  func evaluate(_ expression: Expression, in scope: Scope) throws -> Value {
    steps &+= 1
    if steps > stepCheckpoint { try passCheckpoint() }
    evaluationDepth += 1
    defer { evaluationDepth -= 1 }
    if evaluationDepth > maximumEvaluationDepth {
      throw PythonError(.recursionError, "maximum recursion depth exceeded")
    }
    do {
      return try evaluateUnlocated(expression, in: scope)
    } catch let error as PythonError {
      if error.line != nil { throw error }
      let position = expression.position
      throw error.located(line: position.line, column: position.column)
    }
  }

  private func evaluateUnlocated(_ expression: Expression, in scope: Scope) throws -> Value {
    switch expression {
    case .literal(let value, _):
      return value
    case .overflowLiteral:
      throw PythonError.overflow()
    case .name(let reference, _):
      return try lookup(reference, in: scope)
    case .formatted(let parts, _):
      return .string(try formatParts(parts, in: scope))
    case .unary(let op, let operandExpression, _):
      return try unary(op, try evaluate(operandExpression, in: scope))
    case .not(let operand, _):
      return .bool(!(try truthValue(try evaluate(operand, in: scope))))
    case .binary(let op, let leftExpression, let rightExpression, _):
      let left = try evaluate(leftExpression, in: scope)
      let right = try evaluate(rightExpression, in: scope)
      return try binary(op, left, right)
    case .logical(let isAnd, let leftExpression, let rightExpression, _):
      let left = try evaluate(leftExpression, in: scope)
      let truth = try truthValue(left)
      if isAnd ? !truth : truth { return left }
      return try evaluate(rightExpression, in: scope)
    case .comparison(let first, let rest, _):
      var left = try evaluate(first, in: scope)
      if rest.count == 1, case .rich(let op) = rest[0].0 {
        // `a < b`, the commonest comparison, without the chain's bookkeeping.
        return try richCompare(op, left, try evaluate(rest[0].1, in: scope))
      }
      var result: Value = .bool(true)
      for (offset, (kind, rightExpression)) in rest.enumerated() {
        let right = try evaluate(rightExpression, in: scope)
        result = try compare(kind, left, right)
        if offset < rest.count - 1 {
          if try !truthValue(result) { return result }
        }
        left = right
      }
      return result
    case .conditional(let test, let body, let orElse, _):
      return try truthValue(try evaluate(test, in: scope))
        ? try evaluate(body, in: scope) : try evaluate(orElse, in: scope)
    case .call(let calleeExpression, let argumentExpressions, _):
      return try evaluateCall(calleeExpression, argumentExpressions, in: scope)
    case .attribute(let objectExpression, let name, _):
      return try attribute(of: try evaluate(objectExpression, in: scope), name)
    case .subscription(let objectExpression, let indexExpression, _):
      let object = try evaluate(objectExpression, in: scope)
      let index = try evaluate(indexExpression, in: scope)
      return try subscriptGet(object, index)
    case .slice(let start, let stop, let stepExpression, _):
      return .slice(
        SliceValue(
          start: try start.map { try evaluate($0, in: scope) } ?? .none,
          stop: try stop.map { try evaluate($0, in: scope) } ?? .none,
          step: try stepExpression.map { try evaluate($0, in: scope) } ?? .none))
    case .list(let elements, _):
      return try trackMemory(ListObject(try evaluateElements(elements, in: scope)))
    case .tuple(let elements, _):
      return .tuple(try evaluateElements(elements, in: scope))
    case .set(let elements, _):
      return .set(try SetObject(try chargeHashing(each: try evaluateElements(elements, in: scope))))
    case .dict(let entries, _):
      let dict = DictObject()
      for (keyExpression, valueExpression) in entries {
        if let keyExpression {
          let key = try evaluate(keyExpression, in: scope)
          try chargeHashing(key)
          try dict.set(key, try evaluate(valueExpression, in: scope))
        } else {
          let mapping = try evaluate(valueExpression, in: scope)
          guard case .dict(let other) = mapping else {
            throw PythonError.typeError("'\(mapping.typeName)' object is not a mapping")
          }
          for (key, value) in other.entries { try dict.set(key, value) }
        }
      }
      return .dict(dict)
    case .comprehension(let kind, let element, let valueExpression, let clauses, _):
      return try evaluateComprehension(kind, element, valueExpression, clauses, in: scope)
    case .lambda(let definition, _):
      return .function(try makeFunction(definition, in: scope))
    case .starred:
      throw PythonError(.syntaxError, "can't use starred expression here")
    case .ellipsis:
      return .ellipsis
    case .yield(let valueExpression, _):
      return try yield(try valueExpression.map { try evaluate($0, in: scope) } ?? .none)
    case .yieldFrom(let iterableExpression, _):
      return try yieldFrom(try evaluate(iterableExpression, in: scope))
    }
  }

  func evaluateElements(_ expressions: [Expression], in scope: Scope) throws -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(expressions.count)
    for expression in expressions {
      if case .starred(let inner, _) = expression {
        values.append(contentsOf: try materialize(try evaluate(inner, in: scope)))
        try checkContainerSize(values.count)
      } else {
        values.append(try evaluate(expression, in: scope))
      }
    }
    return values
  }

  func assign(_ value: Value, to target: Expression, in scope: Scope) throws {
    switch target {
    case .name(let reference, _):
      try assignName(reference, value, in: scope)
    case .attribute(let objectExpression, let name, _):
      let object = try evaluate(objectExpression, in: scope)
      try setAttribute(object, name, value)
    case .subscription(let objectExpression, let indexExpression, _):
      let object = try evaluate(objectExpression, in: scope)
      let index = try evaluate(indexExpression, in: scope)
      try subscriptSet(object, index, value)
    case .tuple(let targets, _), .list(let targets, _):
      try unpack(value, into: targets, in: scope)
    case .starred(let inner, _):
      try assign(value, to: inner, in: scope)
    default:
      throw PythonError(.syntaxError, "cannot assign to expression")
    }
  }

  private func unpack(_ value: Value, into targets: [Expression], in scope: Scope) throws {
    let values: [Value]
    switch value {
    case .tuple(let elements): values = elements
    case .list(let list): values = list.elements
    case .native(is InstanceObject):
      guard isIterable(value) else {
        throw PythonError.typeError("cannot unpack non-iterable \(value.typeName) object")
      }
      values = try materialize(value)
    case .native(let object):
      // The object's own iteration error (e.g. a 0-d tensor's) wins over the generic message.
      guard let elements = try object.iterate(context: context) else {
        throw PythonError.typeError("cannot unpack non-iterable \(value.typeName) object")
      }
      values = elements
    default:
      guard isIterable(value) else {
        throw PythonError.typeError("cannot unpack non-iterable \(value.typeName) object")
      }
      values = try materialize(value)
    }
    let starIndex = targets.firstIndex { if case .starred = $0 { return true } else { return false } }
    if let starIndex {
      let after = targets.count - starIndex - 1
      guard values.count >= targets.count - 1 else {
        throw PythonError.valueError(
          "not enough values to unpack (expected at least \(targets.count - 1), got \(values.count))")
      }
      for offset in 0..<starIndex { try assign(values[offset], to: targets[offset], in: scope) }
      let middle = Array(values[starIndex..<(values.count - after)])
      try assign(.list(ListObject(middle)), to: targets[starIndex], in: scope)
      for offset in 0..<after {
        try assign(values[values.count - after + offset], to: targets[starIndex + 1 + offset], in: scope)
      }
      return
    }
    if values.count > targets.count {
      throw PythonError.valueError("too many values to unpack (expected \(targets.count))")
    }
    if values.count < targets.count {
      throw PythonError.valueError(
        "not enough values to unpack (expected \(targets.count), got \(values.count))")
    }
    for (element, target) in zip(values, targets) { try assign(element, to: target, in: scope) }
  }

  func delete(_ target: Expression, in scope: Scope) throws {
    switch target {
    case .name(let reference, _):
      try deleteName(reference, in: scope)
    case .subscription(let objectExpression, let indexExpression, _):
      let object = try evaluate(objectExpression, in: scope)
      let index = try evaluate(indexExpression, in: scope)
      try subscriptDelete(object, index)
    case .attribute(let objectExpression, let name, _):
      let object = try evaluate(objectExpression, in: scope)
      // An instance's own attribute goes from its __dict__ (a class's __delattr__ decides first).
      if case .native(let instance as InstanceObject) = object, instance.nativePart == nil {
        if let (hook, _) = instance.cls.lookup("__delattr__") {
          _ = try call(hook, Arguments([object, .string(name)]))
          return
        }
        guard instance.ownAttribute(name) != nil else { throw noAttribute(object, name) }
        instance.setOwnAttribute(name, nil)
        return
      }
      throw PythonError.attributeError("'\(object.typeName)' object attribute '\(name)' cannot be deleted")
    case .tuple(let targets, _), .list(let targets, _):
      for inner in targets { try delete(inner, in: scope) }
    default:
      throw PythonError(.syntaxError, "cannot delete expression")
    }
  }

  func executeAugmented(
    _ target: Expression, _ op: BinaryOperator, _ valueExpression: Expression, in scope: Scope
  ) throws {
    switch target {
    case .name(let reference, _):
      let current = try lookup(reference, in: scope)
      let operand = try evaluate(valueExpression, in: scope)
      try assignName(reference, try inPlace(op, current, operand), in: scope)
    case .attribute(let objectExpression, let name, _):
      let object = try evaluate(objectExpression, in: scope)
      let current = try attribute(of: object, name)
      let operand = try evaluate(valueExpression, in: scope)
      try setAttribute(object, name, try inPlace(op, current, operand))
    case .subscription(let objectExpression, let indexExpression, _):
      let object = try evaluate(objectExpression, in: scope)
      let index = try evaluate(indexExpression, in: scope)
      let current = try subscriptGet(object, index)
      let operand = try evaluate(valueExpression, in: scope)
      try subscriptSet(object, index, try inPlace(op, current, operand))
    default:
      throw PythonError(.syntaxError, "illegal expression for augmented assignment")
    }
  }

  /// `a op= b`: in place for lists and natives that support it, else the binary operator.
  func inPlace(_ op: BinaryOperator, _ current: Value, _ operand: Value) throws -> Value {
    // What `binary` would do first, without its dispatch: `total += i` is the commonest loop body.
    if case .int(let a) = current, case .int(let b) = operand { return try integerOperation(op, a, b) }
    switch current {
    case .list(let list):
      if op == .add {
        let extra = try materialize(operand)
        try checkContainerSize(list.elements.count + extra.count, "list")
        list.elements.append(contentsOf: extra)
        return current
      }
      if op == .multiply, case .int(let times) = operand {
        let (count, overflow) = list.elements.count.multipliedReportingOverflow(by: max(times, 0))
        try checkContainerSize(overflow ? -1 : count, "list")
        if times <= 0 {
          list.elements = []
        } else {
          let original = list.elements
          for _ in 1..<times { list.elements.append(contentsOf: original) }
        }
        return current
      }
    case .native(let object):
      if let result = try object.inPlaceOperation(op, other: operand, context: context) { return result }
    case .dict(let dict) where op == .bitOr:
      guard case .dict(let other) = operand else { break }
      for (key, value) in other.entries { try dict.set(key, value) }
      return current
    case .set(let set) where op == .bitOr:
      for element in try materialize(operand) { try set.insert(element) }
      return current
    default:
      break
    }
    return try binary(op, current, operand)
  }

  // MARK: Comprehensions

  private func evaluateComprehension(
    _ kind: ComprehensionKind, _ element: Expression, _ valueExpression: Expression?,
    _ clauses: [ComprehensionClause],
    in scope: Scope
  ) throws -> Value {
    var targetNames: [String] = []
    for clause in clauses { collectNames(clause.target, &targetNames) }
    let inner = Scope(
      layout: ScopeLayout(targetNames), enclosing: scope.isGlobal ? nil : scope, definition: nil)
    var results: [Value] = []
    let dict = DictObject()
    // The first iterable is evaluated in the enclosing scope, as Python does.
    guard let first = clauses.first else { return .none }
    let firstIterable = try evaluate(first.iterable, in: scope)
    if kind == .generator {
      return .iterator(try lazyGenerator(element, clauses, firstIterable, in: inner))
    }
    func run(_ clauseIndex: Int, _ iterable: Value?) throws {
      if clauseIndex == clauses.count {
        switch kind {
        case .dict:
          let key = try evaluate(element, in: inner)
          try chargeHashing(key)
          try dict.set(key, try evaluate(valueExpression ?? element, in: inner))
        default:
          results.append(try evaluate(element, in: inner))
          if results.count > limits.containerElements { try checkContainerSize(results.count) }
        }
        return
      }
      let clause = clauses[clauseIndex]
      let source = try iterable ?? evaluate(clause.iterable, in: inner)
      let next = try makeIterator(source)
      outer: while let item = try next() {
        try step()
        try assign(item, to: clause.target, in: inner)
        for condition in clause.conditions where try !truthValue(try evaluate(condition, in: inner)) {
          continue outer
        }
        try run(clauseIndex + 1, nil)
      }
    }
    try run(0, firstIterable)
    switch kind {
    case .list: return try trackMemory(ListObject(results))
    case .set: return .set(try SetObject(try chargeHashing(each: results)))
    case .dict: return .dict(dict)
    case .generator:
      return .list(ListObject(results))
    }
  }

  /// A generator expression, evaluated lazily one element at a time (so `any(...)` can stop early).
  private func lazyGenerator(
    _ element: Expression, _ clauses: [ComprehensionClause], _ firstIterable: Value, in inner: Scope
  ) throws -> IteratorObject {
    var iterators: [(() throws -> Value?)?] = Array(repeating: nil, count: clauses.count)
    iterators[0] = try makeIterator(firstIterable)
    var level = 0
    return IteratorObject(typeName: "generator") { [unowned self] in
      while level >= 0 {
        guard let next = iterators[level] else {
          level -= 1
          continue
        }
        guard let item = try next() else {
          iterators[level] = nil
          level -= 1
          continue
        }
        try self.step()
        try self.assign(item, to: clauses[level].target, in: inner)
        var accepted = true
        for condition in clauses[level].conditions
        where try !self.truthValue(try self.evaluate(condition, in: inner)) {
          accepted = false
          break
        }
        if !accepted { continue }
        if level == clauses.count - 1 { return try self.evaluate(element, in: inner) }
        level += 1
        iterators[level] = try self.makeIterator(try self.evaluate(clauses[level].iterable, in: inner))
      }
      return nil
    }
  }

  private func collectNames(_ target: Expression, _ names: inout [String]) {
    switch target {
    case .name(let reference, _): names.append(reference.name)
    case .tuple(let elements, _), .list(let elements, _):
      for element in elements { collectNames(element, &names) }
    case .starred(let inner, _): collectNames(inner, &names)
    default: break
    }
  }

  // MARK: f-strings

  func formatParts(_ parts: [FormattedPart], in scope: Scope) throws -> String {
    var text = ""
    for part in parts {
      switch part {
      case .text(let literal):
        text += literal
      case .field(let expression, let conversion, let specParts, let echo):
        let value = try evaluate(expression, in: scope)
        let spec = try specParts.map { try formatParts($0, in: scope) } ?? ""
        if let echo { text += echo }
        var converted = value
        let effectiveConversion = conversion ?? (echo != nil && specParts == nil ? "r" : nil)
        switch effectiveConversion {
        case "r": converted = .string(try reprOf(value))
        case "s": converted = .string(try strOf(value))
        case "a": converted = .string(asciiRepr(try reprOf(value)))
        default: break
        }
        text += try format(converted, spec: spec)
        try checkContainerSize(text.utf8.count / 4, "string")
      }
    }
    return text
  }

  func asciiRepr(_ text: String) -> String {
    var output = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 128 {
        output.unicodeScalars.append(scalar)
      } else if scalar.value <= 0xFF {
        output += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
      } else if scalar.value <= 0xFFFF {
        output += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
      } else {
        output += "\\U" + String(scalar.value, radix: 16).leftPadded(to: 8)
      }
    }
    return output
  }
}
