import Foundation

/// A small course on disk for the learner's commands: two lessons, three exercises with hints, a `.gradbook` folder.
struct StudyCourseFixture {
  let root: String

  init() throws {
    root =
      FileManager.default.temporaryDirectory.appendingPathComponent("gradbook-course-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: root + "/.gradbook", withIntermediateDirectories: true)
    try write("01-first.md", Self.first)
    try write("02-second.md", Self.second)
    try write("README.md", "# About\n\nNo cells here, so not a lesson.\n")
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: root)
  }

  func write(_ relative: String, _ text: String) throws {
    let path = root + "/" + relative
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  func read(_ relative: String) throws -> String {
    try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
  }

  static let first = """
    # First steps

    ```python
    import torch
    ```

    ### Exercise 1: a leaf

    ```python exercise id=leaf points=2
    x = ...  # TODO
    ```

    ```python solution
    x = torch.ones(2, requires_grad=True)
    ```

    ```python check
    assert x.requires_grad, "x should require grad"
    ```

    ```hint
    requires_grad=True
    ```

    ```hint
    torch.ones(2, requires_grad=True)
    ```

    ### Exercise 2: its sum

    ```python exercise id=total
    s = ...  # TODO
    ```

    ```python solution
    s = x.sum()
    ```

    ```python check
    assert s.item() == 2.0
    ```

    """

  static let second = """
    # 두 번째

    연습 문제입니다.

    ```python exercise
    y = ...
    ```

    ```python solution
    y = 3
    ```

    ```python check
    assert y == 3
    ```

    """
}
