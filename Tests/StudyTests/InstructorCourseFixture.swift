import Foundation
import Study

/// An instructor's course on disk (lessons with solutions, public and hidden checks, hints) and a learner's copy of it
/// made as `gradbook study` makes one.
struct InstructorCourseFixture {
  let folder: String
  var source: String { folder + "/course" }
  var copy: String { folder + "/study/course" }

  init() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("gradbook-study-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
    try writeSource("01-leaf.md", Self.leafLesson)
    try writeSource("02-sum.md", Self.sumLesson)
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: folder)
  }

  func writeSource(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: source + "/" + name))
  }

  /// Makes the learner's copy in `study/course` (answering yes), as the first `gradbook study course` does.
  func makeCopy() throws -> CourseLocator.Location {
    var said = ""
    let launcher = StudyLauncher(
      folder: folder, ask: { _ in "y" }, write: { said += $0 }, writeError: { said += $0 })
    guard let location = launcher.locate("course") else { throw CopyFailed(said: said) }
    return location
  }

  struct CopyFailed: Error { var said: String }

  func readCopy(_ relative: String) throws -> String {
    try String(contentsOfFile: copy + "/" + relative, encoding: .utf8)
  }

  /// Replaces the body of the `python exercise` fence whose body is `starter` in the learner's lesson.
  func answer(_ relative: String, replacing starter: String, with code: String) throws {
    let text = try readCopy(relative)
    guard text.contains(starter) else { throw CopyFailed(said: "no `\(starter)` in \(relative)") }
    try Data(text.replacingOccurrences(of: starter, with: code).utf8).write(
      to: URL(fileURLWithPath: copy + "/" + relative))
  }

  static let leafLesson = """
    # Leaves

    A leaf is a tensor you make yourself.

    ## Exercise 1: make a leaf

    Make `x`, two ones that autograd watches.

    ```python exercise id=leaf points=2
    import torch
    x = ...  # TODO
    ```

    ```python solution
    import torch
    x = torch.ones(2, requires_grad=True)
    ```

    ```python check
    assert isinstance(x, torch.Tensor), "x should be a tensor"
    assert x.requires_grad, "x should require grad"
    ```

    ```python check hidden
    assert x.is_leaf, "x should be a leaf"
    ```

    ```hint
    torch.ones takes requires_grad=True.
    ```

    ```hint
    x = torch.ones(2, requires_grad=True)
    ```

    ## Exercise 2: its sum

    ```python exercise id=total
    s = ...  # TODO: the sum of x
    ```

    ```python solution
    s = x.sum()
    s
    ```

    ```output
    tensor(2., grad_fn=<SumBackward0>)
    ```

    ```python check
    assert s.item() == 2.0, "s should be 2"
    ```

    """

  static let sumLesson = """
    # Sums

    ## Exercise: three

    ```python exercise id=three
    t = ...  # TODO: 3
    ```

    ```python solution
    t = 3
    ```

    ```python check
    assert t == 3, "t should be 3"
    ```

    """
}
