/// How a method's arguments are checked, declared beside its body in the type's table.
public enum MethodSignature: Sendable {
  /// Named parameters bound by ``Arguments/bind(_:)`` (Python functions' wording for errors).
  case parameters(Signature)
  /// Positional-only arguments, no keywords, worded as CPython's Argument Clinic words them:
  /// `str.upper() takes no arguments (1 given)`, `list.append() takes exactly one argument (0 given)`,
  /// `replace expected at least 2 arguments, got 1`.
  case positional(ClosedRange<Int>)
  /// Positional-only arguments worded as CPython's older tuple parsing words them:
  /// `find() takes at least 1 argument (0 given)`.
  case positionalTuple(ClosedRange<Int>)
  /// The body checks its arguments itself (`str.format`, `Tensor.to`).
  case custom

  /// How many positional arguments the positional forms accept (nil for the others).
  var positionalCount: ClosedRange<Int>? {
    switch self {
    case .positional(let count), .positionalTuple(let count): return count
    case .parameters, .custom: return nil
    }
  }

  /// Checks `arguments` of method `name` of type `typeName` for the positional forms.
  func checkPositional(_ arguments: Arguments, typeName: String, name: String) throws {
    let range: ClosedRange<Int>
    let clinic: Bool
    switch self {
    case .positional(let count): (range, clinic) = (count, true)
    case .positionalTuple(let count): (range, clinic) = (count, false)
    case .parameters, .custom: return
    }
    if !arguments.keywords.isEmpty {
      throw PythonError.typeError("\(typeName).\(name)() takes no keyword arguments")
    }
    let count = arguments.positional.count
    guard !range.contains(count) else { return }
    func plural(_ number: Int) -> String { number == 1 ? "argument" : "arguments" }
    if clinic && range == 0...0 {
      throw PythonError.typeError("\(typeName).\(name)() takes no arguments (\(count) given)")
    }
    if clinic && range == 1...1 {
      throw PythonError.typeError("\(typeName).\(name)() takes exactly one argument (\(count) given)")
    }
    let (bound, word) = count < range.lowerBound ? (range.lowerBound, "least") : (range.upperBound, "most")
    if !clinic {
      throw PythonError.typeError("\(name)() takes at \(word) \(bound) \(plural(bound)) (\(count) given)")
    }
    if range.lowerBound == range.upperBound {
      throw PythonError.typeError("\(name) expected \(bound) \(plural(bound)), got \(count)")
    }
    throw PythonError.typeError("\(name) expected at \(word) \(bound) \(plural(bound)), got \(count)")
  }
}
