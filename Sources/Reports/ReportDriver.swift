import Foundation
import Workbook

/// What `gradbook report` does apart from parsing options: run lessons, lay out their graphs, write one page.
public struct ReportDriver {
  public var makeRunner: CellRunnerFactory
  public var write: (String) -> Void
  public var writeError: (String) -> Void

  public init(
    makeRunner: @escaping CellRunnerFactory = CellRunners.interpreter, write: @escaping (String) -> Void,
    writeError: @escaping (String) -> Void
  ) {
    self.makeRunner = makeRunner
    self.write = write
    self.writeError = writeError
  }

  /// Writes the report of the lessons under `paths` for `audience` to `output` (atomically) or standard output, graphs
  /// laid out by `graphviz` when given, scores read from `gradesFile` (`gradbook grade --format json`; its submission
  /// `submission`, or its only one) when given, else by grading `paths` (one submission) against the lessons under
  /// `sources` when given, hidden checks and all. Returns the exit code: 0 when the page is written, whatever its cells
  /// did; 2 when a path holds no readable lesson, the grades cannot be used or the page cannot be written.
  public func report(
    paths: [String], output: String?, audience: ReportAudience, gradesFile: String? = nil,
    submission: String? = nil,
    sources: [String] = [], graphviz: Graphviz?
  ) -> Int32 {
    var grades = ExerciseScores()
    if gradesFile == nil, !sources.isEmpty {
      guard let graded = grade(submission: paths, against: sources) else { return 2 }
      grades = graded
    }
    if let gradesFile {
      do {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: gradesFile)))
        grades = try ExerciseScores(gradeJSON: bytes, file: gradesFile, submission: submission)
      } catch let failure as ExerciseScores.Failure {
        writeError(ControlCharacters.visibleLine(failure.description) + "\n")
        return 2
      } catch {
        writeError(
          ControlCharacters.visibleLine("\(gradesFile): error: cannot read: \(error.localizedDescription)")
            + "\n")
        return 2
      }
    }
    let report = Workbook(makeRunner: makeRunner).run(paths: paths)
    for error in report.rejected { writeError(ControlCharacters.visibleLine(error.description) + "\n") }
    let pictures = GraphPictures.draw(report, audience: audience, graphviz: graphviz)
    if case .failed(let reason) = pictures.availability {
      writeError(ControlCharacters.visibleLine("warning: graphs are shown as text: \(reason)") + "\n")
    }
    let html = HTMLReport(audience: audience, pictures: pictures, grades: grades).render(report)
    let status: Int32 = report.rejected.isEmpty ? 0 : 2
    guard let output else {
      write(html)
      return status
    }
    do {
      try AtomicFileWriter(path: output).write(Array(html.utf8), replacing: nil)
    } catch {
      writeError(ControlCharacters.visibleLine("\(error)") + "\n")
      return 2
    }
    return status
  }

  /// The grades of the lessons under `paths`, taken as one submission, against `sources` (as `gradbook grade` gives
  /// them); nil when they cannot be graded, after saying why.
  private func grade(submission paths: [String], against sources: [String]) -> ExerciseScores? {
    guard paths.count == 1 else {
      writeError("error: --source grades one submission: give its folder or file as the only path\n")
      return nil
    }
    let report = Grader(makeRunner: makeRunner).grade(sourcePaths: sources, submissions: paths)
    for error in report.sourceErrors { writeError(ControlCharacters.visibleLine(error.description) + "\n") }
    guard report.sourceErrors.isEmpty, let graded = report.submissions.first else { return nil }
    for error in graded.errors { writeError(ControlCharacters.visibleLine("warning: " + error) + "\n") }
    return ExerciseScores(graded.exercises)
  }
}
