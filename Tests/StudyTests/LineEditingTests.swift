@testable import Study
import XCTest

/// Keys from terminal bytes, and what each does to the line being edited.
final class LineEditingTests: XCTestCase {
  func testBytesBecomeKeysIncludingSplitSequencesAndUTF8() {
    var decoder = KeyDecoder()
    XCTAssertEqual(decoder.feed(Array("ab".utf8)), [.text("ab")])
    XCTAssertEqual(decoder.feed([0x1B, 0x5B]), [])
    XCTAssertTrue(decoder.isWaiting)
    XCTAssertEqual(decoder.feed([0x41]), [.up])
    XCTAssertEqual(
      decoder.feed([0x1B, 0x4F, 0x42, 0x1B, 0x5B, 0x43, 0x1B, 0x5B, 0x44]), [.down, .right, .left])
    XCTAssertEqual(
      decoder.feed(Array("\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}[3~".utf8)),
      [.home, .end, .home, .end, .delete])
    let hangul = Array("한".utf8)
    XCTAssertEqual(decoder.feed(Array(hangul[0..<2])), [])
    XCTAssertEqual(decoder.feed(Array(hangul[2...])), [.text("한")])
    XCTAssertEqual(
      decoder.feed([0x0D, 0x7F, 0x03, 0x04, 0x01, 0x05, 0x0B, 0x15, 0x17, 0x0C, 0x09, 0x10, 0x0E]),
      [
        .enter, .backspace, .interrupt, .endOfFile, .home, .end, .killToEnd, .killToStart, .deleteWord,
        .clearScreen,
        .tab, .up, .down,
      ])
    XCTAssertEqual(decoder.feed([0x1B]), [])
    XCTAssertEqual(decoder.flush(), [.escape])
    XCTAssertFalse(decoder.isWaiting)
    XCTAssertEqual(decoder.feed([0xFF, 0x61]), [.ignored, .text("a")])
  }

  func testEditingMovesAndDeletesAroundTheCursor() {
    var line = LineBuffer()
    for key: Key in [.text("x = 1"), .left, .left, .text("+"), .home, .text("y"), .end, .backspace] {
      XCTAssertTrue(line.apply(key, history: []))
    }
    XCTAssertEqual(line.text, "yx =+ ")
    _ = line.apply(.home, history: [])
    _ = line.apply(.delete, history: [])
    _ = line.apply(.right, history: [])
    _ = line.apply(.killToEnd, history: [])
    XCTAssertEqual(line.text, "x")
    line = LineBuffer("print(a + b)")
    _ = line.apply(.left, history: [])
    _ = line.apply(.deleteWord, history: [])
    XCTAssertEqual(line.text, "print(a + )")
    _ = line.apply(.killToStart, history: [])
    XCTAssertEqual(line.text, ")")
    XCTAssertEqual(line.cursor, 0)
    line = LineBuffer("if x:")
    _ = line.apply(.home, history: [])
    _ = line.apply(.tab, history: [])
    XCTAssertEqual(line.text, "    if x:")
    XCTAssertFalse(line.apply(.enter, history: []))
  }

  func testUpAndDownWalkTheHistoryAndKeepTheDraft() {
    let history = ["first", "second"]
    var line = LineBuffer("dra")
    _ = line.apply(.up, history: history)
    XCTAssertEqual(line.text, "second")
    _ = line.apply(.up, history: history)
    _ = line.apply(.up, history: history)
    XCTAssertEqual(line.text, "first")
    _ = line.apply(.down, history: history)
    XCTAssertEqual(line.text, "second")
    _ = line.apply(.down, history: history)
    XCTAssertEqual(line.text, "dra")
    XCTAssertEqual(line.cursor, 3)
    _ = line.apply(.down, history: history)
    XCTAssertEqual(line.text, "dra")
  }

  func testALongLineScrollsSoTheCursorStaysOnScreen() {
    let characters = Array("abcdefghij")
    XCTAssertEqual(LineEditor.window(characters, cursor: 3, width: 20).0, "abcdefghij")
    XCTAssertEqual(LineEditor.window(characters, cursor: 3, width: 20).1, 3)
    let (end, endColumn) = LineEditor.window(characters, cursor: 10, width: 5)
    XCTAssertEqual(end, "ghij")
    XCTAssertEqual(endColumn, 4)
    let (middle, middleColumn) = LineEditor.window(characters, cursor: 2, width: 5)
    XCTAssertEqual(middle, "abcde")
    XCTAssertEqual(middleColumn, 2)
    // Wide characters take two columns.
    let (wide, wideColumn) = LineEditor.window(Array("가나다라마"), cursor: 5, width: 6)
    XCTAssertEqual(wide, "라마")
    XCTAssertEqual(wideColumn, 4)
  }
}
