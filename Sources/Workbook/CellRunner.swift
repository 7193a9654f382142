import PythonRuntime

/// Something that runs a lesson's cells in order, keeping state between them (one per lesson).
public protocol CellRunner: AnyObject {
  /// Runs one cell whose first code line is line `startLine` of the lesson file.
  func run(_ code: String, startLine: Int) -> CellResult
}

/// Makes a fresh runner (a fresh session) for each lesson.
public typealias CellRunnerFactory = () -> CellRunner

extension Session: CellRunner {}

/// Runners that come with Gradbook.
public enum CellRunners {
  /// The Python-subset interpreter with default limits.
  public static let interpreter: @Sendable () -> CellRunner = interpreter(limits: Limits())

  /// The Python-subset interpreter under `limits`.
  public static func interpreter(limits: Limits) -> @Sendable () -> CellRunner {
    { Session(limits: limits, modules: .lesson()) }
  }
}
