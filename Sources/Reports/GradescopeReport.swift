import Foundation
import Workbook

/// Gradescope's `results.json` for one submission (https://gradescope-autograders.readthedocs.io/en/latest/specs/):
/// one test per check case; public cases are `visible`, hidden ones `after_published`, so students see a hidden
/// case's name and message only once grades are published, and never its code.
public struct GradescopeReport: Codable, Equatable {
  public var score: Double
  public var output: String
  /// Gradbook's own log (the autograder's standard output) is for instructors only.
  public var stdout_visibility: String
  public var tests: [Test]

  public struct Test: Codable, Equatable {
    public var name: String
    public var score: Double
    public var max_score: Double
    /// `passed` or `failed` (an error is a failure with its message).
    public var status: String
    public var output: String
    public var visibility: String
  }

  /// The results of `grade` (nil when there is none: the source could not be used).
  public init(_ grade: SubmissionGrade?, sourceErrors: [LessonError]) {
    stdout_visibility = "hidden"
    guard let grade, sourceErrors.isEmpty else {
      score = 0
      output =
        "The autograder could not read its lessons, so nothing was graded; please tell your instructor."
      tests = []
      return
    }
    score = PointsFormat.value(grade.score)
    var publicPassed = 0
    var publicTotal = 0
    var hidden = 0
    tests = []
    for exercise in grade.exercises {
      for test in exercise.tests {
        if test.isHidden {
          hidden += 1
        } else {
          publicTotal += 1
          if test.status == .pass { publicPassed += 1 }
        }
        tests.append(
          Test(
            name: "\(exercise.id): \(test.name)", score: PointsFormat.value(test.score),
            max_score: PointsFormat.value(test.maxScore),
            status: test.status == .pass ? "passed" : "failed", output: test.message ?? "",
            visibility: test.isHidden ? "after_published" : "visible"))
      }
    }
    var lines = ["Public checks: \(publicPassed)/\(publicTotal) passed."]
    if hidden > 0 {
      lines.append("Hidden checks: \(hidden), graded now; their results show once grades are published.")
    }
    let problems = grade.exercises.compactMap { exercise in exercise.problem.map { "\(exercise.id): \($0)" } }
    if !problems.isEmpty { lines += [""] + problems }
    if !grade.errors.isEmpty || !grade.notes.isEmpty {
      lines += ["", "Notes on the submission (they do not change the grade):"] + grade.errors + grade.notes
    }
    output = lines.joined(separator: "\n")
  }

  public func encoded() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
