import Foundation
import Study
import XCTest

/// `gradbook run` pages long text on a terminal, as git does, and only then.
final class PagerTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-pager-\(UUID().uuidString)")

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var long = "# Long\n\n"
    for number in 1...40 { long += "Paragraph \(number).\n\n" }
    try Data(long.utf8).write(to: folder.appendingPathComponent("long.md"))
    try Data("# Short\n\nOne line.\n".utf8).write(to: folder.appendingPathComponent("short.md"))
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func testThePagerIsChosenFromTheEnvironmentAndCanBeTurnedOff() {
    XCTAssertEqual(Pager.command(environment: [:]), "less -FRX")
    XCTAssertEqual(Pager.command(environment: ["PAGER": "more"]), "more")
    XCTAssertEqual(Pager.command(environment: ["PAGER": "more", "GRADBOOK_PAGER": "most"]), "most")
    XCTAssertNil(Pager.command(environment: ["PAGER": "cat"]))
    XCTAssertNil(Pager.command(environment: ["PAGER": " "]))
    XCTAssertNil(Pager.command(environment: ["PAGER": "less", "GRADBOOK_PAGER": ""]))
  }

  func testTextIsLongerThanTheScreenWhenItNeedsItsLastRow() {
    XCTAssertFalse(Pager.isLonger("a\nb\n", thanRows: 3))
    XCTAssertTrue(Pager.isLonger("a\nb\nc\n", thanRows: 3))
    XCTAssertFalse(Pager.isLonger("", thanRows: 1))
  }

  /// A pager that marks every line shows which output went through it.
  func testLongTextOnATerminalIsPaged() throws {
    let terminal = try TerminalSession(
      "PAGER=\"sed 's/^/P|/'\" NO_COLOR=1 \(TerminalSession.gradbook) run long.md; echo ENDED",
      folder: folder.path)
    let screen = try terminal.waitFor("ENDED")
    XCTAssertTrue(screen.contains("P|Paragraph 40.\nP|\nP|✓ 0 passed, 0 failed  long.md\nP|\nENDED"), screen)
  }

  func testShortPipedOrNoPagerTextIsPrintedAsIs() throws {
    let gradbook = TerminalSession.gradbook
    let terminal = try TerminalSession(
      "export PAGER=\"sed 's/^/P|/'\" NO_COLOR=1; \(gradbook) run short.md; \(gradbook) run long.md | grep passed;"
        + " \(gradbook) run --no-pager long.md | grep passed; echo ENDED",
      folder: folder.path)
    let screen = try terminal.waitFor("ENDED")
    XCTAssertFalse(screen.contains("P|"), screen)
    XCTAssertTrue(screen.contains("One line.\n\n✓ 0 passed, 0 failed  short.md\n"), screen)
    XCTAssertTrue(
      screen.contains("✓ 0 passed, 0 failed  long.md\n✓ 0 passed, 0 failed  long.md\nENDED"), screen)
  }

  func testLessShowsAScreenfulAndQuittingItReturnsToTheShell() throws {
    let terminal = try TerminalSession(
      "unset PAGER GRADBOOK_PAGER LESS; NO_COLOR=1 \(TerminalSession.gradbook) run long.md; echo \"ENDED $?\"",
      folder: folder.path, columns: 80, rows: 24)
    let first = try terminal.waitFor("the first screen") { $0.contains("Paragraph 1.") && $0.contains(":") }
    XCTAssertFalse(first.contains("Paragraph 40."), first)
    try terminal.send("q")
    try terminal.waitFor("ENDED 0")
  }
}
