/// How a statement finished: normally, or by `break`, `continue` or `return`.
enum ControlFlow {
  case normal
  case breakLoop
  case continueLoop
  case returnValue(Value)
}
