import Foundation
import PythonRuntime
import Reports
import Study
import TestSupport
import Workbook
import XCTest

/// The REPL through a pipe: what it prints for each input, and its exit status.
final class ReplSessionTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-repl-\(UUID().uuidString)")

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Pipes `text` into a fresh REPL; returns what it printed and its exit status.
  private func pipe(_ text: String, color: Bool = false) -> (String, Int32) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let session = ReplSession(
      runner: CellRunners.interpreter(), palette: TerminalPalette(isEnabled: color),
      numbersLinesPerInput: false)
    var output = ""
    let source = PipeLineSource { lines.isEmpty ? nil : lines.removeFirst() }
    let status = ReplDriver.run(session, source: source, write: { output += $0 })
    return (output, status)
  }

  func testAnExpressionShowsItsReprAndNothingElse() {
    let (output, status) = pipe("torch.ones(2)\n")
    XCTAssertEqual(output, "tensor([1., 1.])\n")
    XCTAssertEqual(status, 0)
  }

  func testStatementsShareOneSessionAndPrintAsCellsDo() {
    let (output, status) = pipe(
      """
      x = torch.tensor(2.0, requires_grad=True)
      y = x ** 3
      y.backward()
      print(x.grad, end="")
      for i in range(2):
          print(i)

      x.grad
      None
      1; 2;
      """)
    // A print without a newline still ends its line; None and a `;`-ended line show nothing, as in a cell.
    assertTextEqual(output, "tensor(12.)\n0\n1\ntensor(12.)\n")
    XCTAssertEqual(status, 0)
  }

  func testWarningsAndErrorsShowWithWhereTheyWereRaised() {
    let (output, status) = pipe(
      """
      a = torch.ones(2, requires_grad=True)
      b = a * 2
      b.grad
      c = 1
      c +
      d = undefined
      """)
    assertTextEqual(
      output,
      """
      UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information.
      SyntaxError: invalid syntax
        at <stdin>:5:4
      NameError: name 'undefined' is not defined
        at <stdin>:6:5

      """)
    XCTAssertEqual(status, 1)
  }

  func testARunawayCellEndsWithItsBudgetAndTheSessionGoesOn() {
    let (output, status) = pipe("while True:\n    pass\n\n1 + 1\n")
    XCTAssertTrue(output.hasPrefix("TimeoutError: cell stopped after 10000000 evaluation steps"), output)
    XCTAssertTrue(output.hasSuffix("  at <stdin>:2:5\n2\n") || output.contains("\n2\n"), output)
    XCTAssertEqual(status, 1)
  }

  func testControlCharactersArePrintedAsPythonSpellsThem() {
    XCTAssertEqual(pipe("print('a\\x1b[2Jb\\tc')\n").0, "a\\x1b[2Jb\tc\n")
  }

  func testColourPaintsWarningsAndErrorsOnly() {
    let (output, _) = pipe("1\nnope\n", color: true)
    XCTAssertEqual(
      output,
      "1\n\u{1B}[31mNameError: name 'nope' is not defined\u{1B}[0m\n\u{1B}[2m  at <stdin>:2:1\u{1B}[0m\n")
  }

  func testLoadRunsALessonsCellsAboveALineThenContinues() throws {
    let lesson = folder.appendingPathComponent("l.md")
    try Data(
      """
      # L

      ```python
      a = 2
      ```

      ```python
      print("quiet")
      b = a * 10
      ```

      ```python
      raise ValueError("expected")
      ```

      ```error
      ValueError: expected
      ```

      ```python
      c = 1 / 0
      ```

      ```python
      never = True
      ```

      """.utf8
    ).write(to: lesson)
    let (output, status) = pipe("%load \(lesson.path):24\nb\nnever\n")
    assertTextEqual(
      output,
      """
      ZeroDivisionError: division by zero
        at \(lesson.path):21:5
      ran 4 cells of \(lesson.path) above line 24
      20
      NameError: name 'never' is not defined
        at <stdin>:3:1

      """)
    XCTAssertEqual(status, 1)
  }

  func testLoadRunsSolutionsNotStarterCodeOrChecks() throws {
    let lesson = folder.appendingPathComponent("e.md")
    try Data(
      """
      # E

      ```python exercise id=e
      w = ...
      ```

      ```python solution
      w = 3
      ```

      ```python check
      assert False
      ```

      """.utf8
    ).write(to: lesson)
    let (output, status) = pipe("%load \(lesson.path)\nw\n")
    XCTAssertEqual(output, "ran 1 cell of \(lesson.path)\n3\n")
    XCTAssertEqual(status, 0)
  }

  func testLoadOfAMissingOrMalformedLessonSaysWhyAndFails() throws {
    let (missing, status) = pipe("%load \(folder.path)/none.md\n1\n")
    XCTAssertEqual(missing, "\(folder.path)/none.md: error: no such file or folder\n1\n")
    XCTAssertEqual(status, 1)
    let bad = folder.appendingPathComponent("bad.md")
    try Data("# B\n\n```output\n1\n```\n".utf8).write(to: bad)
    let (malformed, _) = pipe("%load \(bad.path)\n")
    XCTAssertTrue(
      malformed.hasPrefix("\(bad.path):3:1: error: `output` fence with no python cell"), malformed)
    XCTAssertEqual(pipe("%load\n").0, "%load needs a lesson file: %load FILE[:LINE]\n")
  }

  func testExitEndsTheSessionAndUnknownCommandsAreErrors() {
    XCTAssertEqual(pipe("1\nexit()\n2\n").0, "1\n")
    XCTAssertEqual(pipe("quit\n2\n").0, "")
    let (output, status) = pipe("%lod x\n")
    XCTAssertEqual(output, "unknown command %lod; %help lists the commands\n")
    XCTAssertEqual(status, 1)
  }

  func testAnUnfinishedBlockAtTheEndOfThePipeStillRuns() {
    XCTAssertEqual(pipe("for i in range(2):\n    print(i)\n").0, "0\n1\n")
  }
}

/// `gradbook repl` itself, reading a pipe.
final class ReplPipeTests: XCTestCase {
  func testThePipedBinaryPrintsOnlyResultsAndFailsWhenAnInputRaised() throws {
    let ok = try GradbookProcess.run(["repl"], input: "torch.ones(2)\n")
    XCTAssertEqual(ok.output, "tensor([1., 1.])\n")
    XCTAssertEqual(ok.error, "")
    XCTAssertEqual(ok.status, 0)
    let failed = try GradbookProcess.run(["repl"], input: "x = 1\n1 / 0\nx + 1\n")
    XCTAssertEqual(failed.output, "ZeroDivisionError: division by zero\n  at <stdin>:2:1\n2\n")
    XCTAssertEqual(failed.status, 1)
  }

  /// A script piped in: blocks and brackets continue over lines, %load runs a lesson first, nothing is prompted and
  /// no history is written.
  func testThePipedBinaryContinuesLinesLoadsALessonAndKeepsNoHistory() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-replpipe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("# L\n\n```python\nw = torch.tensor([3.0], requires_grad=True)\n```\n".utf8).write(
      to: folder.appendingPathComponent("l.md"))
    let history = folder.appendingPathComponent("history").path
    let script = """
      %load l.md
      def f(v):
          return (v ** 2).sum()

      total = f(
          w
      )
      total.backward()
      w.grad

      """
    let outcome = try GradbookProcess.run(
      ["repl"], input: script, folder: folder.path, environment: ["GRADBOOK_HISTORY": history])
    XCTAssertEqual(outcome.output, "ran 1 cell of l.md\ntensor([6.])\n")
    XCTAssertEqual(outcome.error, "")
    XCTAssertEqual(outcome.status, 0)
    XCTAssertFalse(FileManager.default.fileExists(atPath: history))
  }
}
