import Foundation
import PythonRuntime
import TestSupport
import Workbook
import WorkbookTestSupport
import XCTest

@testable import Reports

/// Korean lessons get Korean words around them in `run` and the HTML report; `check` stays English for scripts.
final class KoreanPhrasesTests: XCTestCase {
  private let koreanHeading = "# 경사 하강\n\n그래디언트를 빼서 가중치를 갱신해 보세요."

  func testLessonLanguageComesFromTheTitleOrFirstParagraph() throws {
    let parser = LessonParser()
    XCTAssertEqual(try parser.parse(Array("# 텐서\n".utf8), file: "a.md").language, .korean)
    XCTAssertEqual(try parser.parse(Array("# Tensors\n\n미분을 배웁니다.\n".utf8), file: "a.md").language, .korean)
    XCTAssertEqual(
      try parser.parse(Array("# Tensors\n\nWe learn `grad`.\n".utf8), file: "a.md").language, .english)
    XCTAssertEqual(
      try parser.parse(Array("# Tensors\n\nFirst.\n\n한국어는 두 번째 문단에만.\n".utf8), file: "a.md").language,
      .english, "only the title and the first paragraph decide")
    XCTAssertEqual(LessonLanguage.common([.korean, .korean]), .korean)
    XCTAssertEqual(LessonLanguage.common([.korean, .english]), .english)
    XCTAssertEqual(LessonLanguage.common([]), .english)
  }

  func testKoreanExerciseShowsKoreanTitleHintHiddenSolutionVerdictAndSummary() throws {
    let text = ReportFixtures.exerciseLesson(heading: koreanHeading, hint: "기울기를 빼세요.")
    let report = try ReportFixtures.report(text, ReportFixtures.exerciseScript)
    let rendered = TerminalRenderer(options: TerminalOptions(width: 60)).render(report)
    let expected = """
      lesson.md

      경사 하강
      ═════════

      그래디언트를 빼서 가중치를 갱신해 보세요.

      ✎ 연습 문제 step (2점)
      │ w = ...

      힌트 1개: gradbook hint lesson.md#step

      (정답 코드 숨김)
      ✗ 실패
        이 레슨의 정답 코드가 여기서 실패합니다. 원인은 `gradbook check`로 확인하세요

      ✗ 통과 0, 실패 1, 건너뜀 1  lesson.md

      """
    assertTextEqual(rendered, expected)
    XCTAssertFalse(rendered.contains("SECRET"))
  }

  func testKoreanChecksUncheckedCellsAndOnePointAreKorean() throws {
    let text = """
      # 검사

      ```python exercise id=one points=1
      w = ...
      ```

      ```python check
      assert w == 1
      ```

      ```python
      print(1)
      ```

      """
    let report = try ReportFixtures.report(text, ["print(1)\n": CellResult(output: "1\n")])
    let rendered = TerminalRenderer(options: TerminalOptions(width: 60)).render(report)
    XCTAssertTrue(rendered.contains("✎ 연습 문제 one (1점)\n"), rendered)
    XCTAssertTrue(rendered.contains("(검사 코드 숨김)\n"), rendered)
    XCTAssertTrue(rendered.contains("(검사 코드 숨김)\n✓ assert w == 1\n✓ 통과\n"), rendered)
    let timed = TerminalRenderer(options: TerminalOptions(width: 60, showsTimings: true)).render(report)
    XCTAssertTrue(timed.contains("1\n· 실행됨 (확인할 내용 없음) 0.013s\n"), timed)
    XCTAssertTrue(rendered.contains("확인 안 함 2"), "the exercise without a solution runs too: " + rendered)
    let html = HTMLReport().render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertTrue(html.contains("<details class=\"checks\"><summary>검사 코드</summary>"), html)
    XCTAssertTrue(html.contains("<code>assert w == 1</code>"), "a learner's copy shows its public checks' cases")
    XCTAssertTrue(html.contains("<span class=\"verdict\">실행됨 (확인할 내용 없음)</span>"), html)
    XCTAssertTrue(html.contains("<span class=\"where\" title=\"lesson.md:11\">11행</span>"), html)
  }

  func testKoreanUnexpectedErrorInHTMLSaysWhereInKorean() throws {
    let text = "# 오류\n\n```python\na = 1\nb = <missing>\n```\n"
    let error = CellError(typeName: "NameError", message: "name 'missing' is not defined", line: 5, column: 5)
    let report = try ReportFixtures.report(text, ["a = 1\nb = <missing>\n": CellResult(error: error)])
    let html = HTMLReport().render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertTrue(html.contains("<span class=\"verdict\">✗ 예상치 못한 오류 (5행 5열)</span>"), html)
    XCTAssertTrue(html.contains("<span class=\"line raised\" title=\"여기서 오류 발생\">"), html)
    XCTAssertTrue(html.contains("<p>예상치 못한 오류:</p>") || !html.contains("class=\"mismatch\""), html)
  }

  func testCourseSummaryIsKoreanOnlyWhenEveryLessonIsKorean() throws {
    let korean = try ReportFixtures.report("# 가\n\n```python\nx\n```\n", [:], file: "ko/a.md")
    let english = try ReportFixtures.report("# A\n\n```python\nx\n```\n", [:], file: "ko/b.md")
    let renderer = TerminalRenderer(options: TerminalOptions(width: 60))
    let allKorean = renderer.renderSummary(
      WorkbookReport(outcomes: [.ran(korean), .ran(korean)], duration: 0))
    XCTAssertTrue(allKorean.hasSuffix("✓ 통과 0, 실패 0, 확인 안 함 2\n"), allKorean)
    let mixed = renderer.renderSummary(WorkbookReport(outcomes: [.ran(korean), .ran(english)], duration: 0))
    XCTAssertTrue(mixed.hasSuffix("✓ 0 passed, 0 failed, 2 unchecked\n"), mixed)
    let html = HTMLReport().render(WorkbookReport(outcomes: [.ran(korean), .ran(english)], duration: 0))
    XCTAssertTrue(html.contains("<html lang=\"en\">"))
    XCTAssertTrue(html.contains("<article class=\"lesson\" id=\"a\" lang=\"ko\">"))
    XCTAssertTrue(
      html.contains("<span class=\"verdict\">실행됨 (확인할 내용 없음)</span>"), "each lesson speaks its own")
    XCTAssertTrue(html.contains("<span class=\"verdict\">ran (nothing to check)</span>"))
    XCTAssertTrue(
      html.contains("<footer class=\"summary\">0 passed, 0 failed, 2 unchecked, 0 skipped</footer>"))
  }

  func testEnglishPhrasebookSaysWhatTheViewsAlwaysSaid() {
    let english = Phrasebook()
    XCTAssertEqual(english.exerciseTitle(id: "a", points: 1), "✎ Exercise a (1 point)")
    XCTAssertEqual(english.exerciseTitle(id: nil, points: 3), "✎ Exercise (3 points)")
    XCTAssertEqual(english.hint(2), "Hint 2")
    XCTAssertEqual(english.skippedNotRun, "– skipped (not run)")
    XCTAssertEqual(english.unreadableLessons(1), ", 1 lesson could not be read")
    XCTAssertEqual(english.notRun(line: 3, message: "bad"), "not run: line 3: bad")
    let korean = Phrasebook(.korean)
    XCTAssertEqual(korean.exerciseTitle(id: nil, points: 3), "✎ 연습 문제 (3점)")
    XCTAssertEqual(korean.unreadableLessons(2), ", 읽지 못한 레슨 2개")
    XCTAssertEqual(korean.notRun(line: nil, message: "bad"), "실행 안 함: bad")
  }

  func testCheckStaysEnglishForAKoreanLesson() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-ko-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("ko.md").path
    let lesson =
      "# 텐서\n\n연산을 기록합니다.\n\n```python\nok\n```\n\n```output\n1\n```\n\n```python\nbad\n```\n\n```output\n1\n```\n\n```python skip\nnever\n```\n"
    try Data(lesson.utf8).write(to: URL(fileURLWithPath: path))
    let runner = ScriptedRunner(["ok\n": CellResult(output: "1\n"), "bad\n": CellResult(output: "2\n")])
    var out = ""
    var err = ""
    let code = CommandDriver(makeRunner: { runner }, write: { out += $0 }, writeError: { err += $0 })
      .check(paths: [path], format: .text, options: TerminalOptions(), update: false)
    XCTAssertEqual(code, 1)
    assertTextEqual(
      out,
      "\(path):13:1: cell failed\n  output differs (- expected, + actual):\n  - 1\n  + 2\n1 passed, 1 failed, 1 skipped\n"
    )
    XCTAssertEqual(err, "")
  }
}
