extension Lesson {
  /// The indices (in `cells`) of the lesson's exercises, in document order.
  public var exerciseIndices: [Int] {
    cells.indices.filter { cells[$0].kind == .exercise }
  }

  /// How the exercise at cell `index` is named within its lesson: its `id=`, else its position among the lesson's
  /// exercises counted from 1 (`2`).
  public func exerciseName(at index: Int) -> String {
    if cells.indices.contains(index), let id = cells[index].id { return id }
    let position = exerciseIndices.firstIndex(of: index) ?? 0
    return String(position + 1)
  }

  /// `FILE#NAME`: a reference to the exercise at cell `index` that commands such as `gradbook hint` accept.
  public func exerciseReference(at index: Int) -> String {
    file + "#" + exerciseName(at: index)
  }
}
