import ArgumentParser
import Foundation
import Reports

/// `gradbook autograder`.
struct AutograderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "autograder",
    abstract:
      "Build a Gradescope autograder bundle (setup.sh, run_autograder, gradbook, the source lessons).",
    discussion: """
      Give the source lessons (with solutions and hidden checks), not the learner's copy. On Gradescope, each \
      submission is graded with `gradbook grade --format gradescope`, and hidden checks show to students only once \
      grades are published. Needs `zip` (Debian and Ubuntu: apt-get install zip).

      The bundled binary should carry the Swift runtime (scripts/build-static.sh builds one); by default it is the \
      gradbook that runs this command.

      Examples:
        gradbook autograder lessons/en -o autograder.zip
        gradbook autograder lessons/en -o autograder.zip --binary .build-static/release/gradbook
      """
  )

  @Argument(help: "Source lesson files or folders.")
  var paths: [String]

  @Option(name: [.short, .customLong("output")], help: "Where to write the zip.")
  var output: String

  @Option(help: "The gradbook executable to bundle (default: this one).")
  var binary: String?

  func run() throws {
    guard let executable = binary ?? Bundle.main.executablePath else {
      throw ValidationError("cannot tell where this gradbook is; give --binary")
    }
    let driver = GradingDriver(write: ConsoleOutput.write, writeError: ConsoleOutput.writeError)
    let code = driver.autograder(paths: paths, output: output, binary: executable)
    if code != 0 { throw ExitCode(code) }
  }
}
