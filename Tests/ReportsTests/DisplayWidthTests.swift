import XCTest

@testable import Reports

final class DisplayWidthTests: XCTestCase {
  func testWideCharactersTakeTwoColumns() {
    XCTAssertEqual(DisplayWidth.of("abc"), 3)
    XCTAssertEqual(DisplayWidth.of("한국어"), 6)
    XCTAssertEqual(DisplayWidth.of("自動微分"), 8)
    XCTAssertEqual(DisplayWidth.of("テンソル"), 8)
    XCTAssertEqual(DisplayWidth.of("Ａ１"), 4, "fullwidth forms")
    XCTAssertEqual(DisplayWidth.of("👍"), 2)
    XCTAssertEqual(DisplayWidth.of("✓ ✗"), 3, "check marks are narrow")
  }

  func testCombiningMarksAndEscapesTakeNoColumns() {
    XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
    XCTAssertEqual(
      DisplayWidth.of("\u{1100}\u{1161}\u{11A8}"), 2, "a decomposed Hangul syllable is one wide cell")
    XCTAssertEqual(DisplayWidth.of("\u{1B}[1;31mred\u{1B}[0m"), 3)
    XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2, "zero-width space")
  }

  func testWrappingMeasuresKoreanAsTwoColumns() {
    let text = StyledText("자동 미분은 텐서의 연산을 기록하고 역전파로 기울기를 계산합니다.")
    let lines = TextWrapper.wrap(text, width: 20).map(\.plain)
    XCTAssertEqual(lines, ["자동 미분은 텐서의", "연산을 기록하고", "역전파로 기울기를", "계산합니다."])
    for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 20, line) }
  }

  func testWrappingBreaksLongCJKRunsAndKeepsStyles() {
    let lines = TextWrapper.wrap(StyledText("自動微分自動微分自動", .bold), width: 8)
    XCTAssertEqual(lines.map(\.plain), ["自動微分", "自動微分", "自動"])
    XCTAssertEqual(lines.first?.pieces.first?.style, .bold)
    var mixed = StyledText("call ")
    mixed.append("backward()", .cyan)
    mixed.append(" now")
    XCTAssertEqual(TextWrapper.wrap(mixed, width: 15).map(\.plain), ["call backward()", "now"])
    XCTAssertEqual(TextWrapper.wrap(StyledText("a\nb"), width: 15).map(\.plain), ["a", "b"])
  }
}
