import ArgumentParser
import Reports
import Workbook

/// `gradbook grade`.
struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade",
    abstract: "Grade learners' copies of released lessons against the source, hidden checks included.",
    discussion: """
      A submission is a folder (or one file) with a learner's copies of the released lessons. Only the bodies of \
      its exercise fences are taken, matched by exercise id; prose, other cells and every check come from the \
      source. Each difference (edited or removed checks, extra cells, a missing lesson) is reported as a note and \
      changes nothing.

      Exit status: 0 every submission earned every point, 1 some did not (or some file could not be read), 2 the \
      source could not be used or bad usage.

      Examples:
        gradbook grade --source lessons/en submissions/*
        gradbook grade --source lessons/en --format csv -o grades.csv submissions/*
        gradbook grade --source lessons/en --format junit my-copy > report.xml
      """
  )

  @Option(
    help: "The source lessons (files or folders), with solutions and hidden checks; repeat for several.")
  var source: [String]

  @Argument(help: "Submissions: folders or files of learners' lesson copies.")
  var submissions: [String]

  @Option(help: "Report format: text, json, junit, csv or gradescope (one submission).")
  var format: GradeFormat = .text

  @Option(
    name: [.short, .customLong("output")], help: "Write the report to this file instead of standard output.")
  var output: String?

  @Option(help: "Lessons graded at once (default: the number of processors).")
  var jobs: Int = OrderedConcurrentMap.processorCount

  @OptionGroup var budgets: BudgetOptions

  func validate() throws {
    if source.isEmpty { throw ValidationError("give the source lessons with --source") }
    if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    let driver = GradingDriver(
      makeRunner: budgets.makeRunner, write: ConsoleOutput.write, writeError: ConsoleOutput.writeError)
    let code = driver.grade(
      sources: source, submissions: submissions, format: format, outputFile: output, jobs: jobs)
    if code != 0 { throw ExitCode(code) }
  }
}
