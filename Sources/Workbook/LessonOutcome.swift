/// What became of one lesson file: it ran, or it could not be read or parsed.
public enum LessonOutcome: Sendable {
  case ran(LessonReport)
  case rejected(LessonError)

  /// The lesson's file path.
  public var file: String {
    switch self {
    case .ran(let report): return report.lesson.file
    case .rejected(let error): return error.file
    }
  }
}
