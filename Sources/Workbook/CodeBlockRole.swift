/// What a code block of the lesson's Markdown is: a cell, one of its expectations, a hint, or plain prose code.
public enum CodeBlockRole: Equatable, Sendable {
  case cell(index: Int)
  case expectation(cellIndex: Int, expectationIndex: Int)
  case hint(exerciseIndex: Int, hintIndex: Int)
}
