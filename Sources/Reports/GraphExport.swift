import Foundation
import TorchBindings
import Workbook

/// What `gradbook graph` does apart from parsing options: run a lesson up to one cell and write that cell's autograd
/// graph as text, DOT or SVG.
public struct GraphExport {
  /// `--format`.
  public enum Format: String, CaseIterable, Sendable {
    case text, dot, svg
  }

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

  /// Exports the graph after cell `cell` (its `id=`, or the line its fence opens on) of the lesson at `path`: of
  /// `names` when given, else what the cell's `graph` fence asks for, else the cell's last expression. Writes to
  /// `output` (atomically) or standard output. Returns the exit code: 0, or 2 when the lesson, the cell, the graph or
  /// Graphviz fails.
  public func export(
    lesson path: String, cell: String, of names: [String]?, format: Format, output: String?,
    graphviz: Graphviz?
  ) -> Int32 {
    let lesson: Lesson
    switch LessonCatalog.load(path) {
    case .failure(let error): return fail(error.description)
    case .success(let loaded): lesson = loaded
    }
    guard let index = Self.cellIndex(cell, in: lesson) else {
      let ids = lesson.cells.compactMap(\.id)
      return fail(
        "\(path): error: no cell `\(cell)`: give a cell's id=\(ids.isEmpty ? "" : " (\(ids.joined(separator: ", ")))") or the line its ```python fence opens on"
      )
    }
    let target = lesson.cells[index]
    guard target.isRunnable else {
      return fail(
        "\(path):\(target.location.line): error: this cell does not run (skip, or starter code with a solution)"
      )
    }
    let runner = makeRunner()
    for cell in lesson.cells[...index] where cell.isRunnable {
      let result = runner.run(cell.code, startLine: cell.codeStartLine)
      if cell.location == target.location, let error = result.error {
        writeError(
          "\(path):\(error.line):\(error.column): note: the cell raised \(error.text); the graph is as it stands after it\n"
        )
      }
    }
    var request = target.expectation(.graph)?.graphRequest ?? GraphRequest()
    if let names { request.roots = names }
    guard let drawer = runner as? GraphDrawing else {
      return fail("\(path): error: this runner cannot draw graphs")
    }
    let graph: AutogradGraph
    switch drawer.drawGraph(request) {
    case .failure(let error): return fail("\(path):\(target.location.line): error: \(error.message)")
    case .success(let drawn): graph = drawn
    }
    let text: String
    switch format {
    case .text: text = graph.text
    case .dot: text = graph.dot
    case .svg:
      guard let graphviz else {
        return fail(
          "error: --format svg needs Graphviz's dot on PATH (Debian/Ubuntu: apt-get install graphviz)")
      }
      switch graphviz.svg([graph.dot]) {
      case .failure(let failure): return fail("error: \(failure.description)")
      case .success(let drawings):
        guard let drawing = drawings.first, let clean = SVGSanitizer.sanitize(drawing) else {
          return fail("error: Graphviz wrote a drawing Gradbook cannot read")
        }
        text = "<svg xmlns=\"http://www.w3.org/2000/svg\"" + clean.dropFirst("<svg".count) + "\n"
      }
    }
    guard let output else {
      write(text)
      return 0
    }
    do {
      try AtomicFileWriter(path: output).write(Array(text.utf8), replacing: nil)
    } catch {
      return fail(ControlCharacters.visibleLine("\(error)"))
    }
    return 0
  }

  /// The index of the cell whose `id=` is `cell`, or whose fence opens on line `cell`.
  static func cellIndex(_ cell: String, in lesson: Lesson) -> Int? {
    if let index = lesson.cells.firstIndex(where: { $0.id == cell }) { return index }
    guard let line = Int(cell) else { return nil }
    return lesson.cells.firstIndex { $0.location.line == line }
  }

  private func fail(_ message: String) -> Int32 {
    writeError(ControlCharacters.visibleLine(message) + "\n")
    return 2
  }
}
