/// The result of running one lesson.
public struct LessonReport: Sendable {
  public var lesson: Lesson
  /// One report per cell, in the order of `lesson.cells`.
  public var cells: [CellReport]
  /// Wall-clock seconds for the whole lesson.
  public var duration: Double

  public init(lesson: Lesson, cells: [CellReport], duration: Double) {
    self.lesson = lesson
    self.cells = cells
    self.duration = duration
  }

  /// How many cells ended with each status.
  public var totals: StatusTotals { StatusTotals(cells.map(\.status)) }

  /// The report of the cell at `index` of `lesson.cells`: O(1) when reports are in cell order, as the runner makes
  /// them (renderers look up every cell, so a scan here would make them quadratic).
  public func report(forCell index: Int) -> CellReport? {
    if cells.indices.contains(index), cells[index].cellIndex == index { return cells[index] }
    return cells.first { $0.cellIndex == index }
  }
}
