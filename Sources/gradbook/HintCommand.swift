import ArgumentParser

/// `gradbook hint`.
struct HintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hint",
    abstract: "Show one more hint for an exercise (with those shown before).",
    discussion: """
      ID is an exercise's id, or LESSON#ID (LESSON#2 for the second exercise of a lesson without ids); without it, \
      the exercise `gradbook next` names. Each call shows one more hint, and the course remembers how many you saw. \
      Outside a course, `gradbook hint lessons/en/02-backward-scalar.md#by-hand` shows that exercise's hints.

      Exit status: 0 a hint was shown, 1 the exercise has no hints (or everything passes), 2 no such exercise or no \
      course.
      """
  )

  @Argument(help: "The exercise (default: the next unfinished one).")
  var exercise: String?

  @OptionGroup var options: CourseOptions

  func run() throws {
    let code = options.driver().hint(exercise, course: options.course, format: options.format)
    if code != 0 { throw ExitCode(code) }
  }
}
