/// Who an HTML report is for, which decides what it holds: not what it hides with CSS, what it contains at all.
public enum ReportAudience: String, CaseIterable, Sendable {
  /// A learner: prose, code, outputs, starter code, targets, public checks and hints; no solution and no hidden check
  /// anywhere in the file.
  case learner
  /// The course's author or teacher: everything, solutions and checks with their verdicts, and the lint findings.
  case instructor
  /// A learner after grading: their code with its scores and messages, hidden checks by name only, never their code.
  case feedback

  /// Whether a solution's code, output and verdict may appear.
  var showsSolutions: Bool { self == .instructor }
  /// Whether hidden checks appear at all: a learner's page has none; feedback names their cases, never their code.
  var showsHiddenChecks: Bool { self != .learner }
  /// Whether the lesson's lint findings (problems of the lesson itself) appear.
  var showsFindings: Bool { self == .instructor }
}
