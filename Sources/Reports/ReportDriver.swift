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
  /// laid out by `graphviz` when given. Returns the exit code: 0 when the page is written, whatever its cells did;
  /// 2 when a path holds no readable lesson, the grades cannot be used or the page cannot be written.
  public func report(
    paths: [String], output: String?, audience: ReportAudience, grades: ExerciseScores = ExerciseScores(),
    graphviz: Graphviz?
  ) -> Int32 {
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
}
