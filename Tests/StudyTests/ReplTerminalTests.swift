import Foundation
import XCTest

/// `gradbook repl` in a real pseudo-terminal: prompts, continuation lines, editing, history, Ctrl-C, Ctrl-D, and the
/// terminal's settings as they were before.
final class ReplTerminalTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-tty-\(UUID().uuidString)")

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func testAnInteractiveSessionEditsRunsRemembersAndRestoresTheTerminal() throws {
    let history = folder.appendingPathComponent("history").path
    try Data("earlier = 41\n".utf8).write(to: URL(fileURLWithPath: history))
    let terminal = try TerminalSession(
      "stty -a > before.txt; GRADBOOK_HISTORY=\(history) NO_COLOR=1 \(TerminalSession.gradbook) repl;"
        + " echo \"status $?\"; stty -a > after.txt; echo ENDED",
      folder: folder.path)
    try terminal.waitFor(">>>")

    // The history file's entries come back with Up; Enter runs the recalled line.
    try terminal.send("Up", "Enter")
    try terminal.send("earlier + 1", literal: true)
    try terminal.send("Enter")
    try terminal.waitFor("\n42")

    // A block continues with `... ` and ends at a blank line.
    try terminal.send("for i in range(2):", literal: true)
    try terminal.send("Enter")
    try terminal.waitFor("...")
    try terminal.send("    print(i * 10)", literal: true)
    try terminal.send("Enter", "Enter")
    try terminal.waitFor("\n0\n10\n>>>")

    // An open bracket continues too, and needs no blank line to end.
    try terminal.send("pair = (1 +", literal: true)
    try terminal.send("Enter")
    try terminal.waitFor("pair = (1 +\n...")
    try terminal.send("2, 3)", literal: true)
    try terminal.send("Enter")
    try terminal.send("pair", literal: true)
    try terminal.send("Enter")
    try terminal.waitFor("\n(3, 3)\n")

    // Editing: the cursor moves, characters go in where it is, Home and End jump.
    try terminal.send("1 + 3", literal: true)
    try terminal.send("Left", "BSpace", "Home")
    try terminal.send("10", literal: true)
    try terminal.send("End")
    try terminal.send("0", literal: true)
    try terminal.send("Enter")
    try terminal.waitFor("\n131\n")

    // Ctrl-C drops the line being typed, also in the middle of a block.
    try terminal.send("if True:", literal: true)
    try terminal.send("Enter")
    try terminal.waitFor("if True:\n...")
    try terminal.send("    oops", literal: true)
    try terminal.send("C-c")
    try terminal.waitFor("oops^C")
    try terminal.send("nothing_here", literal: true)
    try terminal.send("Enter")
    try terminal.waitFor("NameError: name 'nothing_here' is not defined\n  at <stdin>:1:1")

    // %load runs a lesson's cells above a line; the session goes on with what they made.
    try Data(
      "# L\n\n```python\nx = torch.tensor([1.0, 2.0], requires_grad=True)\ny = (x * x).sum()\n```\n\n```python\ny.backward()\n```\n"
        .utf8
    ).write(to: folder.appendingPathComponent("l.md"))
    try terminal.send("%load l.md:8", literal: true)
    try terminal.send("Enter")
    try terminal.waitFor("ran 1 cell of l.md above line 8")
    try terminal.send("y.backward(); x.grad", literal: true)
    try terminal.send("Enter")
    try terminal.waitFor("tensor([2., 4.])")

    // Ctrl-D leaves; the terminal is as it was.
    try terminal.send("C-d")
    let end = try terminal.waitFor("ENDED")
    let before = try String(contentsOf: folder.appendingPathComponent("before.txt"), encoding: .utf8)
    let after = try String(contentsOf: folder.appendingPathComponent("after.txt"), encoding: .utf8)
    XCTAssertEqual(after, before)
    XCTAssertTrue(before.contains(" icanon") && before.contains(" echo"), before)
    XCTAssertTrue(end.contains("status 0\nENDED"), end)
    let saved = try String(contentsOfFile: history, encoding: .utf8)
    XCTAssertEqual(
      saved,
      "earlier = 41\nearlier + 1\nfor i in range(2):\n    print(i * 10)\npair = (1 +\n2, 3)\npair\n101 +30\n"
        + "if True:\nnothing_here\n"
        + "%load l.md:8\ny.backward(); x.grad\n")
  }
}
