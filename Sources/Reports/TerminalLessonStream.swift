import Workbook

/// Shows one lesson in the terminal while it runs: the header when it starts, each top-level block as soon as every
/// cell in it has finished, the lesson's summary at the end. Each block is rendered once, so a lesson costs time
/// linear in its length.
public struct TerminalLessonStream {
  public let renderer: TerminalRenderer
  public let lesson: Lesson
  /// For each top-level block, the highest index of a cell inside it (nil when it holds none).
  private let lastCell: [Int?]
  private var cells: [CellReport] = []
  private var nextBlock = 0
  private var shownBlock = false

  public init(renderer: TerminalRenderer, lesson: Lesson) {
    self.renderer = renderer
    self.lesson = lesson
    lastCell = lesson.document.children.map { block in
      var last: Int?
      block.forEachNode { node in
        if node.kind == .codeBlock, case .cell(let index) = lesson.role(ofCodeBlockAt: node.range.startLine) {
          last = max(last ?? index, index)
        }
      }
      return last
    }
  }

  /// The file name and the lesson's findings, then a blank line and the prose before the first cell.
  public mutating func start() -> String {
    renderer.header(lesson) + completeBlocks()
  }

  /// Records `cell`'s report and returns the blocks that are now complete (possibly nothing).
  public mutating func add(_ cell: CellReport) -> String {
    cells.append(cell)
    return completeBlocks()
  }

  /// The blocks whose cells have all finished, from the first one not shown yet.
  private mutating func completeBlocks() -> String {
    let report = LessonReport(lesson: lesson, cells: cells, duration: 0)
    var text = ""
    while nextBlock < lastCell.count, (lastCell[nextBlock] ?? -1) < cells.count {
      text += block(nextBlock, report: report)
      nextBlock += 1
    }
    return text
  }

  /// The blocks not shown yet and the lesson's closing line, from the finished `report`.
  public mutating func finish(_ report: LessonReport) -> String {
    var text = ""
    while nextBlock < lastCell.count {
      text += block(nextBlock, report: report)
      nextBlock += 1
    }
    return text + "\n" + renderer.footer(report)
  }

  /// One top-level block's lines, after a blank line when a block was shown before it.
  private mutating func block(_ index: Int, report: LessonReport) -> String {
    let lines = renderer.block(
      lesson.document.children[index], report: report, firstPrefix: "", restPrefix: "")
    guard !lines.isEmpty else { return "" }
    defer { shownBlock = true }
    return (shownBlock ? "\n" : "") + lines.joined(separator: "\n") + "\n"
  }
}
