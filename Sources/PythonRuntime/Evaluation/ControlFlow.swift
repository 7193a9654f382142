/// How a statement finished: normally, or by `break`, `continue` or `return`.
enum ControlFlow {
  case normal
  case breakLoop
  case continueLoop
  case returnValue(Value)

  /// How a loop goes on after its body ended with this flow: nil to keep looping, otherwise the
  /// flow the whole loop ends with (`break` ends it normally, `return` leaves it).
  var loopExit: ControlFlow? {
    switch self {
    case .breakLoop: return .normal
    case .returnValue: return self
    case .normal, .continueLoop: return nil
    }
  }
}
