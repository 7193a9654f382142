/// What lessons must satisfy to be released or graded together: grading matches a learner's exercises to the
/// source by `id=`, so an exercise that can earn points needs an id, unique across the lessons.
public enum CourseRules {
  /// Errors that stop a release or a grading run, and warnings about exercises that cannot earn points as written.
  public static func check(_ lessons: [Lesson]) -> (errors: [LessonError], warnings: [Finding]) {
    var errors: [LessonError] = []
    var warnings: [Finding] = []
    var seen: [String: SourceLocation] = [:]
    for lesson in lessons {
      for (index, exercise) in lesson.cells.enumerated() where exercise.kind == .exercise {
        let checks = lesson.cells.filter { $0.kind == .check && $0.exerciseIndex == index }
        guard let id = exercise.id else {
          if exercise.points != nil || !checks.isEmpty {
            errors.append(
              .malformed(
                exercise.location,
                "this exercise has points or checks but no `id=`; grading matches a learner's exercises by id (```python exercise id=NAME)"
              ))
          }
          continue
        }
        if let first = seen[id] {
          errors.append(
            .malformed(
              exercise.location,
              "exercise id `\(id)` is already used at \(first); ids must be unique across the lessons graded together"
            ))
        } else {
          seen[id] = exercise.location
        }
        if checks.isEmpty {
          warnings.append(
            Finding(
              location: exercise.location, severity: .warning,
              message: "exercise `\(id)` has no `python check`, so grading gives it no points"))
        } else if exercise.points != nil, checks.allSatisfy({ $0.points != nil }) {
          warnings.append(
            Finding(
              location: exercise.location, severity: .warning,
              message:
                "the `points=` of exercise `\(id)` are not used: every check of it has its own `points=`"))
        }
      }
    }
    return (errors, warnings)
  }
}
