import Foundation

/// Python's operators on built-in values, with native objects' hooks tried first.
extension Evaluator {
  // MARK: Truth and conversion

  func truthValue(_ value: Value) throws -> Bool {
    switch value {
    case .none: return false
    case .bool(let flag): return flag
    case .int(let number): return number != 0
    case .float(let number): return number != 0
    case .string(let text): return !text.isEmpty
    case .list(let list): return !list.elements.isEmpty
    case .tuple(let elements): return !elements.isEmpty
    case .dict(let dict): return dict.count > 0
    case .set(let set): return set.count > 0
    case .range(let range): return range.count > 0
    case .native(let object): return try object.truthValue(context: context)
    default: return true
    }
  }

  // Charged by the characters written (metering), and an error a cell's `__repr__`/`__str__` raised inside the
  // non-throwing formatter is thrown once the text is done (classes).
  func reprOf(_ value: Value) throws -> String { try throwingFormattingErrors { try meteredRepr(value) } }
  func strOf(_ value: Value) throws -> String { try throwingFormattingErrors { try meteredStr(value) } }

  func format(_ value: Value, spec: String) throws -> String {
    if case .native(let object) = value {
      if let text = try object.format(spec: spec, context: context) { return text }
      if spec.isEmpty { return try strOf(value) }
      throw PythonError.typeError("unsupported format string passed to \(object.typeName).__format__")
    }
    return try FormatSpec.format(value, spec: spec)
  }

  // MARK: Unary

  func unary(_ op: UnaryOperator, _ operand: Value) throws -> Value {
    switch (op, operand) {
    case (.negate, .int(let number)):
      let (result, overflow) = (0).subtractingReportingOverflow(number)
      if overflow { throw PythonError.overflow() }
      return .int(result)
    case (.negate, .bool(let flag)): return .int(flag ? -1 : 0)
    case (.negate, .float(let number)): return .float(-number)
    case (.plus, .int), (.plus, .float): return operand
    case (.plus, .bool(let flag)): return .int(flag ? 1 : 0)
    case (.invert, .int(let number)): return .int(~number)
    case (.invert, .bool(let flag)): return .int(flag ? -2 : -1)
    case (.absolute, .int(let number)):
      if number == Int.min { throw PythonError.overflow() }
      return .int(abs(number))
    case (.absolute, .bool(let flag)): return .int(flag ? 1 : 0)
    case (.absolute, .float(let number)): return .float(abs(number))
    case (_, .native(let object)):
      if let result = try object.unaryOperation(op, context: context) { return result }
    default:
      break
    }
    if op == .absolute { throw PythonError.typeError("bad operand type for abs(): '\(operand.typeName)'") }
    throw PythonError.typeError("bad operand type for unary \(op.rawValue): '\(operand.typeName)'")
  }

  // MARK: Binary

  func binary(_ op: BinaryOperator, _ left: Value, _ right: Value) throws -> Value {
    // Fast paths for the common numeric cases.
    switch (left, right) {
    case (.int(let a), .int(let b)): return try integerOperation(op, a, b)
    case (.float(let a), .float(let b)): return try floatOperation(op, a, b)
    case (.int(let a), .float(let b)): return try floatOperation(op, Double(a), b)
    case (.float(let a), .int(let b)): return try floatOperation(op, a, Double(b))
    default: break
    }
    if case .native(let object) = left,
      let result = try object.binaryOperation(op, other: right, reflected: false, context: context)
    {
      return result
    }
    if case .native(let object) = right,
      let result = try object.binaryOperation(op, other: left, reflected: true, context: context)
    {
      return result
    }
    switch (left, right) {
    case (.bool, .int), (.int, .bool), (.bool, .bool):
      if [.bitAnd, .bitOr, .bitXor].contains(op), case .bool(let a) = left, case .bool(let b) = right {
        switch op {
        case .bitAnd: return .bool(a && b)
        case .bitOr: return .bool(a || b)
        default: return .bool(a != b)
        }
      }
      return try integerOperation(op, try left.asInt(), try right.asInt())
    case (.bool(let a), .float(let b)): return try floatOperation(op, a ? 1 : 0, b)
    case (.float(let a), .bool(let b)): return try floatOperation(op, a, b ? 1 : 0)
    case (.string(let a), .string(let b)) where op == .add:
      try checkContainerSize(a.utf8.count + b.utf8.count, "string")
      try chargeWork(a.utf8.count + b.utf8.count)
      return .string(a + b)
    case (.string(let text), _) where op == .modulo:
      return .string(try PercentFormatter(evaluator: self).format(text, right))
    case (.list(let a), .list(let b)) where op == .add:
      try checkContainerSize(a.elements.count + b.elements.count, "list")
      try chargeWork(a.elements.count + b.elements.count)
      return try trackMemory(ListObject(a.elements + b.elements))
    case (.tuple(let a), .tuple(let b)) where op == .add:
      try checkContainerSize(a.count + b.count, "tuple")
      try chargeWork(a.count + b.count)
      return .tuple(a + b)
    case (.dict(let a), .dict(let b)) where a.displayStyle == .counter && b.displayStyle == .counter:
      if let combined = try CounterMethods.combine(op, a, b, self) { return combined }
    case (.dict(let a), .dict(let b)) where op == .bitOr:
      let merged = a.copy()
      for (key, value) in b.entries { try merged.set(key, value) }
      return .dict(merged)
    case (.set(let a), .set(let b)):
      return try setOperation(op, a, b)
    default:
      break
    }
    if op == .multiply {
      if let repeated = try repeatSequence(left, right) ?? repeatSequence(right, left) { return repeated }
    }
    if op == .add {
      switch left {
      case .string: throw PythonError.typeError("can only concatenate str (not \"\(right.typeName)\") to str")
      case .list: throw PythonError.typeError("can only concatenate list (not \"\(right.typeName)\") to list")
      case .tuple:
        throw PythonError.typeError("can only concatenate tuple (not \"\(right.typeName)\") to tuple")
      default: break
      }
    }
    let symbol = op == .power ? "** or pow()" : op.rawValue
    throw PythonError.typeError(
      "unsupported operand type(s) for \(symbol): '\(left.typeName)' and '\(right.typeName)'")
  }

  private func repeatSequence(_ sequence: Value, _ countValue: Value) throws -> Value? {
    let times: Int
    switch countValue {
    case .int(let number): times = number
    case .bool(let flag): times = flag ? 1 : 0
    default:
      switch sequence {
      case .string, .list, .tuple:
        if case .native = countValue { return nil }
        throw PythonError.typeError("can't multiply sequence by non-int of type '\(countValue.typeName)'")
      default: return nil
      }
    }
    let count = max(times, 0)
    switch sequence {
    case .string(let text):
      let (total, overflow) = text.utf8.count.multipliedReportingOverflow(by: count)
      try checkContainerSize(overflow ? -1 : total, "string")
      try chargeWork(total)
      return .string(String(repeating: text, count: count))
    case .list(let list):
      let (total, overflow) = list.elements.count.multipliedReportingOverflow(by: count)
      try checkContainerSize(overflow ? -1 : total, "list")
      try chargeWork(total)
      var elements: [Value] = []
      elements.reserveCapacity(total)
      for _ in 0..<count { elements.append(contentsOf: list.elements) }
      return try trackMemory(ListObject(elements))
    case .tuple(let tuple):
      let (total, overflow) = tuple.count.multipliedReportingOverflow(by: count)
      try checkContainerSize(overflow ? -1 : total, "tuple")
      try chargeWork(total)
      var elements: [Value] = []
      elements.reserveCapacity(total)
      for _ in 0..<count { elements.append(contentsOf: tuple) }
      return .tuple(elements)
    default:
      return nil
    }
  }

  private func setOperation(_ op: BinaryOperator, _ a: SetObject, _ b: SetObject) throws -> Value {
    try chargeSteps(a.count + b.count)
    let result = SetObject()
    switch op {
    case .bitOr:
      for element in a.elements + b.elements { try result.insert(element) }
    case .bitAnd:
      for element in a.elements where try b.contains(element) { try result.insert(element) }
    case .subtract:
      for element in a.elements where try !b.contains(element) { try result.insert(element) }
    case .bitXor:
      for element in a.elements where try !b.contains(element) { try result.insert(element) }
      for element in b.elements where try !a.contains(element) { try result.insert(element) }
    default:
      throw PythonError.typeError("unsupported operand type(s) for \(op.rawValue): 'set' and 'set'")
    }
    return .set(result)
  }

  func integerOperation(_ op: BinaryOperator, _ a: Int, _ b: Int) throws -> Value {
    switch op {
    case .add:
      let (result, overflow) = a.addingReportingOverflow(b)
      if overflow { throw PythonError.overflow() }
      return .int(result)
    case .subtract:
      let (result, overflow) = a.subtractingReportingOverflow(b)
      if overflow { throw PythonError.overflow() }
      return .int(result)
    case .multiply:
      let (result, overflow) = a.multipliedReportingOverflow(by: b)
      if overflow { throw PythonError.overflow() }
      return .int(result)
    case .trueDivide:
      if b == 0 { throw PythonError(.zeroDivisionError, "division by zero") }
      return .float(Self.exactDivision(a, b))
    case .floorDivide:
      if b == 0 {
        throw PythonError(.zeroDivisionError, "integer division or modulo by zero")
      }
      if a == Int.min && b == -1 { throw PythonError.overflow() }
      var quotient = a / b
      if (a % b != 0) && ((a < 0) != (b < 0)) { quotient -= 1 }
      return .int(quotient)
    case .modulo:
      if b == 0 { throw PythonError(.zeroDivisionError, "integer modulo by zero") }
      if b == -1 { return .int(0) }
      var remainder = a % b
      if remainder != 0 && ((remainder < 0) != (b < 0)) { remainder += b }
      return .int(remainder)
    case .power:
      if b < 0 {
        if a == 0 {
          throw PythonError(.zeroDivisionError, "0.0 cannot be raised to a negative power")
        }
        return .float(Foundation.pow(Double(a), Double(b)))
      }
      return .int(try Self.integerPower(a, b))
    case .matrixMultiply:
      throw PythonError.typeError("unsupported operand type(s) for @: 'int' and 'int'")
    case .bitAnd: return .int(a & b)
    case .bitOr: return .int(a | b)
    case .bitXor: return .int(a ^ b)
    case .leftShift:
      if b < 0 { throw PythonError.valueError("negative shift count") }
      if a == 0 { return .int(0) }
      guard b < 63 else { throw PythonError.overflow() }
      let result = a << b
      if result >> b != a { throw PythonError.overflow() }
      return .int(result)
    case .rightShift:
      if b < 0 { throw PythonError.valueError("negative shift count") }
      return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
    }
  }

  /// `a / b` for ints, correctly rounded when both fit in a double's mantissa.
  private static func exactDivision(_ a: Int, _ b: Int) -> Double {
    Double(a) / Double(b)
  }

  static func integerPower(_ base: Int, _ exponent: Int) throws -> Int {
    var result = 1
    var factor = base
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 {
        let (product, overflow) = result.multipliedReportingOverflow(by: factor)
        if overflow { throw PythonError.overflow() }
        result = product
      }
      remaining >>= 1
      if remaining > 0 {
        let (square, overflow) = factor.multipliedReportingOverflow(by: factor)
        if overflow { throw PythonError.overflow() }
        factor = square
      }
    }
    return result
  }

  func floatOperation(_ op: BinaryOperator, _ a: Double, _ b: Double) throws -> Value {
    switch op {
    case .add: return .float(a + b)
    case .subtract: return .float(a - b)
    case .multiply: return .float(a * b)
    case .trueDivide:
      if b == 0 { throw PythonError(.zeroDivisionError, "float division by zero") }
      return .float(a / b)
    case .floorDivide:
      if b == 0 { throw PythonError(.zeroDivisionError, "float floor division by zero") }
      return .float(Self.floatDivmod(a, b).0)
    case .modulo:
      if b == 0 { throw PythonError(.zeroDivisionError, "float modulo") }
      return .float(Self.floatDivmod(a, b).1)
    case .power:
      return .float(try Self.floatPower(a, b))
    default:
      throw PythonError.typeError("unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
    }
  }

  /// Python's float divmod: floor quotient and remainder with the divisor's sign.
  static func floatDivmod(_ a: Double, _ b: Double) -> (Double, Double) {
    var remainder = fmod(a, b)
    var quotient = (a - remainder) / b
    if remainder != 0 {
      if (b < 0) != (remainder < 0) {
        remainder += b
        quotient -= 1
      }
    } else {
      remainder = b.sign == .minus ? -0.0 : 0.0
    }
    var floorQuotient: Double
    if quotient != 0 {
      floorQuotient = quotient.rounded(.down)
      if quotient - floorQuotient > 0.5 { floorQuotient += 1 }
    } else {
      floorQuotient = (a / b).sign == .minus ? -0.0 : 0.0
    }
    return (floorQuotient, remainder)
  }

  static func floatPower(_ a: Double, _ b: Double) throws -> Double {
    if a == 0 && b < 0 {
      throw PythonError(.zeroDivisionError, "0.0 cannot be raised to a negative power")
    }
    if a < 0 && b.isFinite && b.rounded() != b {
      throw PythonError.valueError(
        "complex numbers are not supported in Gradbook (negative number raised to a fractional power)")
    }
    let result = Foundation.pow(a, b)
    if result.isInfinite && a.isFinite && b.isFinite {
      throw PythonError(.overflowError, "(34, 'Numerical result out of range')")
    }
    return result
  }

  // MARK: Comparison

  func compare(_ kind: ComparisonKind, _ left: Value, _ right: Value) throws -> Value {
    switch kind {
    case .rich(let op): return try richCompare(op, left, right)
    case .isIn: return .bool(try contains(right, left))
    case .notIn: return .bool(!(try contains(right, left)))
    case .isSame: return .bool(isSame(left, right))
    case .isNotSame: return .bool(!isSame(left, right))
    }
  }

  func isSame(_ left: Value, _ right: Value) -> Bool {
    switch (left, right) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b && a >= -5 && a <= 256
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    case (.string(let a), .string(let b)): return a == b
    case (.list(let a), .list(let b)): return a === b
    case (.dict(let a), .dict(let b)): return a === b
    case (.set(let a), .set(let b)): return a === b
    case (.tuple(let a), .tuple(let b)): return a.isEmpty && b.isEmpty
    case (.function(let a), .function(let b)): return a === b
    case (.builtin(let a), .builtin(let b)): return a === b
    case (.type(let a), .type(let b)): return a.isSame(as: b)
    case (.module(let a), .module(let b)): return a === b
    case (.native(let a), .native(let b)): return a === b
    case (.exception(let a), .exception(let b)): return a === b
    case (.iterator(let a), .iterator(let b)): return a === b
    default: return false
    }
  }

  func richCompare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws -> Value {
    switch (left, right) {
    case (.int(let a), .int(let b)): return .bool(Self.ordered(op, a, b))
    case (.float(let a), .float(let b)): return .bool(Self.ordered(op, a, b))
    case (.int(let a), .float(let b)): return .bool(Self.compareMixed(op, a, b))
    case (.float(let a), .int(let b)): return .bool(Self.compareMixed(op.reflected, b, a))
    default: break
    }
    if case .native(let object) = left,
      let result = try object.compare(op, other: right, reflected: false, context: context)
    {
      return result
    }
    if case .native(let object) = right,
      let result = try object.compare(op.reflected, other: left, reflected: true, context: context)
    {
      return result
    }
    if op == .equal { return .bool(try valuesEqual(left, right)) }
    if op == .notEqual { return .bool(!(try valuesEqual(left, right))) }
    return .bool(try orderedCompare(op, left, right))
  }

  static func ordered<T: Comparable>(_ op: ComparisonOperator, _ a: T, _ b: T) -> Bool {
    switch op {
    case .less: return a < b
    case .lessEqual: return a <= b
    case .greater: return a > b
    case .greaterEqual: return a >= b
    case .equal: return a == b
    case .notEqual: return a != b
    }
  }

  /// Compares an int with a float exactly (as Python does, without rounding the int).
  static func compareMixed(_ op: ComparisonOperator, _ a: Int, _ b: Double) -> Bool {
    if b.isNaN { return op == .notEqual }
    if b.isInfinite { return ordered(op, 0.0, b) }
    let converted = Double(a)
    if Double(Int.max) > converted.magnitude, Double(Int(converted)) == converted, Int(converted) == a {
      return ordered(op, converted, b)
    }
    // Large ints: compare against the float's integer part, then its fraction.
    if b >= 9.223372036854775807e18 { return ordered(op, 0, 1) }
    if b < -9.223372036854775808e18 { return ordered(op, 1, 0) }
    let integerPart = Int(b.rounded(.down))
    if a != integerPart { return ordered(op, a, integerPart) }
    let fraction = b - b.rounded(.down)
    return ordered(op, 0.0, fraction)
  }

  private func orderedCompare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws -> Bool {
    switch (left, right) {
    case (.bool, .int), (.int, .bool), (.bool, .bool):
      return Self.ordered(op, try left.asInt(), try right.asInt())
    case (.bool(let a), .float(let b)): return Self.ordered(op, a ? 1.0 : 0.0, b)
    case (.float(let a), .bool(let b)): return Self.ordered(op, a, b ? 1.0 : 0.0)
    case (.string(let a), .string(let b)):
      return Self.ordered(op, Self.scalarOrder(a, b), 0)
    case (.list(let a), .list(let b)): return try sequenceCompare(op, a.elements, b.elements)
    case (.tuple(let a), .tuple(let b)): return try sequenceCompare(op, a, b)
    case (.set(let a), .set(let b)):
      let aInB = try a.elements.allSatisfy { try b.contains($0) }
      let bInA = try b.elements.allSatisfy { try a.contains($0) }
      switch op {
      case .lessEqual: return aInB
      case .less: return aInB && a.count < b.count
      case .greaterEqual: return bInA
      case .greater: return bInA && a.count > b.count
      default: return false
      }
    default:
      throw PythonError.typeError(
        "'\(op.rawValue)' not supported between instances of '\(left.typeName)' and '\(right.typeName)'")
    }
  }

  /// -1, 0, 1 comparing strings by code point, as Python does.
  static func scalarOrder(_ a: String, _ b: String) -> Int {
    var left = a.unicodeScalars.makeIterator()
    var right = b.unicodeScalars.makeIterator()
    while true {
      switch (left.next(), right.next()) {
      case (nil, nil): return 0
      case (nil, _): return -1
      case (_, nil): return 1
      case (let x?, let y?):
        if x != y { return x.value < y.value ? -1 : 1 }
      }
    }
  }

  private func sequenceCompare(_ op: ComparisonOperator, _ a: [Value], _ b: [Value]) throws -> Bool {
    comparisonDepth += 1
    defer { comparisonDepth -= 1 }
    if comparisonDepth > ValueFormatter.maximumDepth {
      throw PythonError(.recursionError, "maximum recursion depth exceeded in comparison")
    }
    var read = 0
    for (x, y) in zip(a, b) {
      read += 1
      if try !valuesEqual(x, y) {
        try chargeWork(read)
        return try truthValue(try richCompare(op, x, y))
      }
    }
    try chargeWork(read)
    return Self.ordered(op, a.count, b.count)
  }

  /// Python `==` on values (natives compare by identity unless their hook says otherwise).
  func valuesEqual(_ left: Value, _ right: Value, depth: Int = 0) throws -> Bool {
    if depth > ValueFormatter.maximumDepth {
      throw PythonError(.recursionError, "maximum recursion depth exceeded in comparison")
    }
    switch (left, right) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.int, .int), (.float, .float), (.int, .float), (.float, .int), (.bool, _), (_, .bool):
      switch (left, right) {
      case (.int(let a), .int(let b)): return a == b
      case (.float(let a), .float(let b)): return a == b
      case (.int(let a), .float(let b)): return Self.compareMixed(.equal, a, b)
      case (.float(let a), .int(let b)): return Self.compareMixed(.equal, b, a)
      default:
        guard let a = Self.numeric(left), let b = Self.numeric(right) else { return false }
        return a == b
      }
    case (.string(let a), .string(let b)):
      try chargeWork(min(a.utf8.count, b.utf8.count))
      return a == b && Self.scalarOrder(a, b) == 0
    case (.list(let a), .list(let b)):
      if a === b { return true }
      return try elementsEqual(a.elements, b.elements, depth)
    case (.tuple(let a), .tuple(let b)): return try elementsEqual(a, b, depth)
    case (.dict(let a), .dict(let b)):
      if case .counter = a.displayStyle, case .counter = b.displayStyle {
        return try countersEqual(a, b, depth)
      }
      guard a.count == b.count else { return false }
      try chargeWork(a.count)
      for (key, value) in a.entries {
        guard let other = try b.get(key), try valuesEqual(value, other, depth: depth + 1) else {
          return false
        }
      }
      if case .orderedDict = a.displayStyle, case .orderedDict = b.displayStyle {
        // Two OrderedDicts are equal only in the same order.
        for (x, y) in zip(a.keys, b.keys) where try !valuesEqual(x, y, depth: depth + 1) { return false }
      }
      return true
    case (.set(let a), .set(let b)):
      guard a.count == b.count else { return false }
      try chargeWork(a.count)
      return try a.elements.allSatisfy { try b.contains($0) }
    case (.range(let a), .range(let b)):
      if a.count == 0 && b.count == 0 { return true }
      return a.count == b.count && a.start == b.start && (a.count == 1 || a.step == b.step)
    case (.native(let object), _):
      if let result = try object.compare(.equal, other: right, reflected: false, context: context) {
        return try truthValue(result)
      }
      return isSame(left, right)
    case (_, .native(let object)):
      if let result = try object.compare(.equal, other: left, reflected: true, context: context) {
        return try truthValue(result)
      }
      return false
    default:
      return isSame(left, right)
    }
  }

  /// Two Counters are equal when every key of either has the same count in both, a missing key counting 0.
  private func countersEqual(_ a: DictObject, _ b: DictObject, _ depth: Int) throws -> Bool {
    try chargeWork(a.count + b.count)
    for (first, second) in [(a, b), (b, a)] {
      for (key, value) in first.entries {
        guard try valuesEqual(value, try second.get(key) ?? .int(0), depth: depth + 1) else { return false }
      }
    }
    return true
  }

  private static func numeric(_ value: Value) -> Double? {
    switch value {
    case .bool(let flag): return flag ? 1 : 0
    case .int(let number): return Double(number)
    case .float(let number): return number
    default: return nil
    }
  }

  private func elementsEqual(_ a: [Value], _ b: [Value], _ depth: Int) throws -> Bool {
    guard a.count == b.count else { return false }
    var read = 0
    for (x, y) in zip(a, b) {
      read += 1
      if isSame(x, y) { continue }
      if try !valuesEqual(x, y, depth: depth + 1) {
        try chargeWork(read)
        return false
      }
    }
    try chargeWork(read)
    return true
  }

  func contains(_ container: Value, _ element: Value) throws -> Bool {
    switch container {
    case .string(let text):
      guard case .string(let part) = element else {
        throw PythonError.typeError("'in <string>' requires string as left operand, not \(element.typeName)")
      }
      try chargeWork(text.utf8.count + part.utf8.count)
      return StringAlgorithms.contains(text, part)
    case .list(let list):
      try chargeWork(list.elements.count)
      for item in list.elements where try isSame(item, element) || valuesEqual(item, element) { return true }
      return false
    case .tuple(let items):
      try chargeWork(items.count)
      for item in items where try isSame(item, element) || valuesEqual(item, element) { return true }
      return false
    case .dict(let dict):
      try chargeHashing(element)
      return try dict.get(element) != nil
    case .set(let set):
      try chargeHashing(element)
      return try set.contains(element)
    case .range(let range):
      guard case .int(let number) = element else {
        for item in try materialize(container) where try valuesEqual(item, element) { return true }
        return false
      }
      if range.step > 0 {
        guard number >= range.start && number < range.stop else { return false }
      } else {
        guard number <= range.start && number > range.stop else { return false }
      }
      return (number - range.start) % range.step == 0
    case .native(let instance as InstanceObject) where instance.cls.lookup("__contains__") != nil:
      return try truthValue(try callSpecial(instance, "__contains__", [element]) ?? .bool(false))
    case .native, .iterator:
      let next = try makeIterator(container)
      while let item = try next() {
        try step()
        if try truthValue(try richCompare(.equal, item, element)) { return true }
      }
      return false
    default:
      throw PythonError.typeError("argument of type '\(container.typeName)' is not iterable")
    }
  }

  // MARK: Iteration

  func isIterable(_ value: Value) -> Bool {
    switch value {
    case .string, .list, .tuple, .dict, .set, .range, .iterator: return true
    case .native(let instance as InstanceObject):
      return instance.cls.lookup("__iter__") != nil || instance.cls.lookup("__getitem__") != nil
    case .native(let object): return (try? object.iterate(context: context)) != nil
    default: return false
    }
  }

  /// A closure yielding successive elements of an iterable, nil at the end.
  func makeIterator(_ value: Value) throws -> () throws -> Value? {
    switch value {
    case .list(let list):
      var index = 0
      return {
        guard index < list.elements.count else { return nil }
        defer { index += 1 }
        return list.elements[index]
      }
    case .tuple(let elements):
      var index = 0
      return {
        guard index < elements.count else { return nil }
        defer { index += 1 }
        return elements[index]
      }
    case .string(let text):
      var iterator = text.unicodeScalars.makeIterator()
      return { iterator.next().map { .string(String(Character($0))) } }
    case .range(let range):
      var index = 0
      let count = range.count
      return {
        guard index < count else { return nil }
        defer { index += 1 }
        return .int(range.element(at: index))
      }
    case .dict(let dict):
      let keys = dict.keys
      let initialCount = dict.count
      var index = 0
      return {
        if dict.count != initialCount {
          throw PythonError(.runtimeError, "dictionary changed size during iteration")
        }
        guard index < keys.count else { return nil }
        defer { index += 1 }
        return keys[index]
      }
    case .set(let set):
      let elements = set.elements
      var index = 0
      return {
        guard index < elements.count else { return nil }
        defer { index += 1 }
        return elements[index]
      }
    case .iterator(let iterator):
      return { try iterator.next() }
    case .native(let instance as InstanceObject):
      return try instanceIterator(instance)
    case .native(let object):
      guard let elements = try object.iterate(context: context) else {
        throw PythonError.typeError("'\(object.typeName)' object is not iterable")
      }
      var index = 0
      return {
        guard index < elements.count else { return nil }
        defer { index += 1 }
        return elements[index]
      }
    default:
      throw PythonError.typeError("'\(value.typeName)' object is not iterable")
    }
  }

  /// All elements of an iterable, within the container budget.
  func materialize(_ value: Value) throws -> [Value] {
    switch value {
    case .list(let list):
      try chargeWork(list.elements.count)
      return list.elements
    case .tuple(let elements):
      try chargeWork(elements.count)
      return elements
    case .range(let range):
      try checkContainerSize(range.count, "range")
      try chargeWork(range.count)
      return (0..<range.count).map { .int(range.element(at: $0)) }
    default:
      var elements: [Value] = []
      let next = try makeIterator(value)
      while let element = try next() {
        elements.append(element)
        if elements.count > limits.containerElements { try checkContainerSize(elements.count) }
      }
      try chargeSteps(elements.count / 8)
      return elements
    }
  }
}
