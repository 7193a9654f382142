/// What an expectation fence states about the cell before it.
public enum ExpectationKind: String, Equatable, Hashable, Sendable, CaseIterable {
  /// Printed text, then the displayed value of the last expression.
  case output
  /// Warnings, one per line (`UserWarning: …`).
  case warning
  /// The error that stops the cell (`TypeName: message`).
  case error
  /// The autograd graph after the cell, in its text form (`AutogradGraph.text`); not one of the cell's output channels.
  case graph
}

extension ExpectationKind {
  /// "an `output` fence", "a `warning` fence", "an `error` fence".
  public var fenceDescription: String { (self == .warning || self == .graph ? "a" : "an") + " `\(rawValue)` fence" }
}
