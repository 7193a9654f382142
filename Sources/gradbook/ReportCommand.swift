import ArgumentParser
import Reports

/// `gradbook report`.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Write lessons as one self-contained HTML page: contents, highlighted cells, verdicts, diffs, graphs.",
    discussion: """
      The page needs no network and no JavaScript. Autograd graphs are drawn by Graphviz's dot when it is on PATH \
      (apt-get install graphviz), else shown as text.

      Audiences: learner (no solutions and no hidden checks in the file at all), instructor (everything, with lint \
      findings and each exercise scored from its checks), feedback (a learner's graded copy: each exercise's score \
      and cases, hidden checks by name only; from --grades, the JSON of `gradbook grade --format json`, else graded \
      against --source, else from the checks the copy itself has).

      Exit status: 0 when the page is written (whatever its cells did), 2 when a path holds no readable lesson or \
      the page cannot be written.

      Examples:
        gradbook report lessons/en -o course.html
        gradbook report --audience instructor lessons/en lessons/ko -o review.html
        gradbook grade --source lessons/en --format json -o grades.json my-copy
        gradbook report --audience feedback --grades grades.json my-copy -o feedback.html
      """
  )

  @Argument(help: "Lesson files or folders.")
  var paths: [String]

  @Option(name: .shortAndLong, help: "Write the page to this file (atomically) instead of standard output.")
  var output: String?

  @Option(help: "Who the page is for: learner, instructor or feedback.")
  var audience: ReportAudience = .learner

  @Option(help: "Scores to show: the JSON written by `gradbook grade --format json`.")
  var grades: String?

  @Option(help: "With --grades: the submission to show, when the file holds several.")
  var submission: String?

  @Option(
    help: "Without --grades: grade the one path given against these source lessons (repeat for several).")
  var source: [String] = []

  @Option(help: "Seconds Graphviz may take to lay out the graphs before it is stopped.")
  var graphvizTimeout: Double = Graphviz.defaultTimeLimit

  func run() throws {
    let driver = ReportDriver(write: ConsoleOutput.write, writeError: ConsoleOutput.writeError)
    let code = driver.report(
      paths: paths, output: output, audience: audience, gradesFile: grades, submission: submission,
      sources: source,
      graphviz: Graphviz.fromPath(timeLimit: graphvizTimeout))
    if code != 0 { throw ExitCode(code) }
  }
}

extension ReportAudience: ExpressibleByArgument {}
