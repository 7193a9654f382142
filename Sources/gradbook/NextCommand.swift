import ArgumentParser

/// `gradbook next`.
struct NextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "next",
    abstract: "Say which exercise to work on next: the first that does not pass yet.",
    discussion: """
      Exit status: 0 an exercise was named, 1 every exercise passes, 2 a lesson cannot be read or there is no course.
      """
  )

  @OptionGroup var options: CourseOptions

  func run() throws {
    let code = options.driver().next(course: options.course, format: options.format)
    if code != 0 { throw ExitCode(code) }
  }
}
