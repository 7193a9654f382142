import TorchBindings
import Workbook

/// The pictures of a report's autograd graphs, laid out by Graphviz in one run before the page is written and
/// rebuilt by `SVGSanitizer`; without Graphviz the page shows each graph's text form and says how to get pictures.
public struct GraphPictures: Sendable {
  /// Whether pictures exist, and why not.
  public enum Availability: Equatable, Sendable {
    case drawn
    /// Graphviz's `dot` is not installed.
    case noGraphviz
    /// Graphviz failed or ran out of time; the reason.
    case failed(String)
  }

  public var availability: Availability
  /// Sanitised SVG by lesson (outcome index) and cell index.
  private var drawings: [Key: String]

  private struct Key: Hashable {
    var lesson: Int
    var cell: Int
  }

  /// No pictures: every graph is shown as text, with a word about Graphviz.
  public static let none = GraphPictures(availability: .noGraphviz, drawings: [:])

  /// Lays out every graph `report` shows to `audience` with `graphviz` (nil: not installed).
  public static func draw(_ report: WorkbookReport, audience: ReportAudience, graphviz: Graphviz?)
    -> GraphPictures
  {
    var keys: [Key] = []
    var dots: [String] = []
    for (lessonIndex, outcome) in report.outcomes.enumerated() {
      guard case .ran(let lesson) = outcome else { continue }
      for cell in lesson.cells where audience.showsSolutions || cell.cell.kind != .solution {
        guard case .success(let graph) = cell.graph else { continue }
        keys.append(Key(lesson: lessonIndex, cell: cell.cellIndex))
        dots.append(graph.dot)
      }
    }
    guard !dots.isEmpty else { return GraphPictures(availability: .drawn, drawings: [:]) }
    guard let graphviz else { return .none }
    switch graphviz.svg(dots) {
    case .failure(let failure):
      return GraphPictures(availability: .failed(failure.description), drawings: [:])
    case .success(let documents):
      var drawings: [Key: String] = [:]
      for (key, document) in zip(keys, documents) { drawings[key] = SVGSanitizer.sanitize(document) }
      return GraphPictures(availability: .drawn, drawings: drawings)
    }
  }

  /// The picture of the graph after cell `cell` of lesson `lesson` (outcome index), if drawn.
  func picture(lesson: Int, cell: Int) -> String? { drawings[Key(lesson: lesson, cell: cell)] }
}
