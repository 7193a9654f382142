import ArgumentParser
import Foundation
import Reports
import Study

/// `gradbook study`.
struct StudyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "study",
    abstract:
      "Work through a course's exercises: edit a lesson in your editor, see it checked on every save.",
    discussion: """
      Opens at the first exercise that does not pass: where it is in its lesson, what it asks, and, after every \
      save, each check ✓/✗ with its message, a diff against the target output and any error at file:line:col. \
      Keys: n next (once it passes), h one more hint, l list, r reset the exercise (your code is saved first), \
      q quit. Saves are noticed by polling (works on WSL, NFS and in containers); --manual re-runs on Enter instead.

      COURSE defaults to the course around the current folder. Given an instructor's course (lessons with \
      solutions), study offers to make your own copy without them (in study/NAME, or --into DIR) and studies that; \
      when the instructor's course changes later, your copy is updated and keeps your code. Lessons without \
      solutions are set up for study the first time (a .gradbook folder holds your progress).

      Examples:
        gradbook study lessons/en               make your copy in study/en and open it
        gradbook study                          go on with the course around this folder
        gradbook study --exercise by-hand
      """
  )

  @Argument(help: "The course folder (default: the one around the current folder).")
  var course: String?

  @Option(help: "Open at this exercise (ID or LESSON#ID) instead of the first unfinished one.")
  var exercise: String?

  @Option(help: "Where to make your copy of an instructor's course (default: study/NAME).")
  var into: String?

  @Flag(help: "Re-run on Enter instead of watching the files.")
  var manual = false

  @Option(help: "Colour: auto (a terminal without NO_COLOR), always or never.")
  var color: ColorChoice = .auto

  func run() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1,
      let mode = TerminalMode(descriptor: STDIN_FILENO)
    else {
      ConsoleOutput.writeError(
        "gradbook study needs a terminal; in scripts, `gradbook list`, `gradbook next` and `gradbook hint` say the "
          + "same things\n")
      throw ExitCode(2)
    }
    let launcher = StudyLauncher(
      ask: { question in
        ConsoleOutput.writeError(question)
        return readLine()
      }, write: ConsoleOutput.write, writeError: ConsoleOutput.writeError)
    guard let location = launcher.locate(course, into: into) else { throw ExitCode(2) }
    let environment = ProcessInfo.processInfo.environment
    let palette = TerminalPalette(
      isEnabled: TerminalPalette.shouldColor(choice: color, isTerminal: true, environment: environment))
    let workspace = CourseWorkspace(root: location.root, shownRoot: location.shownRoot)
    workspace.updateFromSource()
    let session = StudySession(workspace: workspace, start: exercise)
    let loop = StudyLoop(
      session: session, mode: mode, palette: palette, isManual: manual, write: ConsoleOutput.write)
    let code = loop.run()
    ConsoleOutput.write(session.closingLine + "\n")
    if code != 0 { throw ExitCode(code) }
  }
}
