import ArgumentParser

/// `gradbook list`.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the course's lessons and exercises with their status, points and hints used.",
    discussion: """
      Status is worked out from the lesson files every time: passed, not passing yet, or not started.

      Exit status: 0 every exercise passes, 1 some does not yet, 2 a lesson cannot be read or there is no course.
      """
  )

  @OptionGroup var options: CourseOptions

  func run() throws {
    let code = options.driver().list(course: options.course, format: options.format)
    if code != 0 { throw ExitCode(code) }
  }
}
