import ArgumentParser
import Study

/// `gradbook reset`.
struct ResetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reset",
    abstract: "Put an exercise's starter code back (your code is saved to .gradbook/backups first).",
    discussion: """
      reset ID restores one exercise, --lesson FILE every exercise of a lesson (or the whole lesson when it no \
      longer reads as one), --all every exercise. Only the exercise fences change; the lesson file is saved whole \
      to .gradbook/backups/TIMESTAMP/ before. Asks first unless --yes.

      Exit status: 0 reset (or nothing needed it), 1 you answered no, 2 no such exercise or lesson, or no course.
      """
  )

  @Argument(help: "The exercise to reset.")
  var exercise: String?

  @Option(help: "Reset every exercise of this lesson file.")
  var lesson: String?

  @Flag(help: "Reset every exercise of the course.")
  var all = false

  @Flag(name: [.short, .long], help: "Do not ask for confirmation.")
  var yes = false

  @OptionGroup var options: CourseOptions

  func validate() throws {
    let chosen = [exercise != nil, lesson != nil, all].filter { $0 }.count
    guard chosen == 1 else {
      throw ValidationError("give exactly one of: an exercise ID, --lesson FILE, --all")
    }
  }

  func run() throws {
    let target: StudyDriver.ResetTarget
    if let exercise {
      target = .exercise(exercise)
    } else if let lesson {
      target = .lesson(lesson)
    } else {
      target = .all
    }
    let code = options.driver().reset(target, course: options.course, format: options.format, confirmed: yes)
    if code != 0 { throw ExitCode(code) }
  }
}
