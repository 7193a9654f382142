import Foundation
import Study
import XCTest

/// The REPL's history: bounded, without blanks or repeats, kept in a file that is replaced whole.
final class HistoryTests: XCTestCase {
  private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-history-\(UUID().uuidString)")

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func testBlankLinesAndRepeatsAreNotKeptAndTheOldestGoFirst() {
    var history = History()
    for line in ["a", "a", "  ", "b", "a"] { history.add(line) }
    XCTAssertEqual(history.entries, ["a", "b", "a"])
    for number in 0..<(History.limit + 5) { history.add("line \(number)") }
    XCTAssertEqual(history.entries.count, History.limit)
    XCTAssertEqual(history.entries.first, "line 5")
    XCTAssertEqual(history.entries.last, "line \(History.limit + 4)")
  }

  func testTheFileRoundTripsAndItsFolderIsCreated() throws {
    let path = folder.appendingPathComponent("state/gradbook/history").path
    var history = History()
    history.add("x = 1")
    history.add("x + 1")
    try history.save(to: path)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "x = 1\nx + 1\n")
    XCTAssertEqual(History.load(from: path), history)
    XCTAssertEqual(History.load(from: folder.appendingPathComponent("none").path).entries, [])
    // Nothing is left beside the file.
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent),
      ["history"])
  }

  func testTheFileIsChosenFromTheEnvironment() {
    XCTAssertEqual(History.filePath(environment: ["HOME": "/home/a"]), "/home/a/.gradbook_history")
    XCTAssertEqual(
      History.filePath(environment: ["HOME": "/home/a", "XDG_STATE_HOME": "/s"]), "/s/gradbook/history")
    XCTAssertEqual(
      History.filePath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]), "/h/.gradbook_history")
    XCTAssertEqual(History.filePath(environment: ["GRADBOOK_HISTORY": "/x", "HOME": "/h"]), "/x")
    XCTAssertNil(History.filePath(environment: ["GRADBOOK_HISTORY": "", "HOME": "/h"]))
    XCTAssertNil(History.filePath(environment: [:]))
  }
}
