import PythonRuntime
import Workbook
import XCTest

@testable import Reports

final class HTMLReportTests: XCTestCase {
  func testEscapingCoversEverySpecialCharacter() {
    XCTAssertEqual(
      HTMLEscaping.escape(#"<a href="x">Tom & 'Jerry'</a>"#),
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    XCTAssertEqual(HTMLEscaping.escape("한국어 plain"), "한국어 plain")
    XCTAssertEqual(
      HTMLEscaping.escape("&amp;"), "&amp;amp;", "escaping is not idempotent by design: it runs once")
  }

  func testLessonPageEscapesProseCodeAndOutputAndMarksVerdicts() throws {
    let text = """
      # Graphs <and> & things

      A [link](https://example.com/?a=1&b=2) and a [bad one](javascript:alert(1)) and <b>raw html</b>.

      ```python
      y.grad_fn
      ```

      ```output
      <AddBackward0 object at 0x...>
      ```

      ```python
      print("<script>")
      ```

      ```output
      nothing
      ```

      """
    let report = try ReportFixtures.report(
      text,
      [
        "y.grad_fn\n": CellResult(output: "<AddBackward0 object at 0x7f00>\n"),
        "print(\"<script>\")\n": CellResult(output: "<script>\n"),
      ])
    let html = HTMLReport().render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
    XCTAssertTrue(html.contains("<title>Graphs &lt;and&gt; &amp; things</title>"))
    XCTAssertTrue(html.contains("<h1>Graphs &lt;and&gt; &amp; things</h1>"))
    XCTAssertTrue(html.contains("<a href=\"https://example.com/?a=1&amp;b=2\">link</a>"))
    XCTAssertFalse(html.contains("javascript:"))
    XCTAssertTrue(html.contains("&lt;b&gt;raw html&lt;/b&gt;"))
    XCTAssertTrue(html.contains("<pre class=\"output\">&lt;AddBackward0 object at 0x7f00&gt;\n</pre>"))
    XCTAssertFalse(html.contains("<script>"))
    XCTAssertTrue(html.contains("<div class=\"cell passed\" data-line=\"5\">"))
    XCTAssertTrue(html.contains("<div class=\"cell failed\" data-line=\"13\">"))
    XCTAssertTrue(html.contains("<span class=\"removed\">- nothing</span>"))
    XCTAssertTrue(html.contains("<span class=\"added\">+ &lt;script&gt;</span>"))
    XCTAssertTrue(
      html.contains("<footer class=\"summary\">1 passed, 1 failed, 0 unchecked, 0 skipped</footer>"))
    XCTAssertTrue(
      html.contains(
        "<span class=\"badge passed\">✓ 1 passed</span><span class=\"badge failed\">✗ 1 failed</span>"))
    XCTAssertTrue(
      html.contains("<p>output differs (- expected, + actual):</p>"), "the same heading as the terminal")
    XCTAssertTrue(html.contains("<html lang=\"en\">"))
  }

  func testAnUnexpectedErrorMarksTheRaisingLineAndSaysWhere() throws {
    let text = "# E\n\n```python\na = 1\nb = <missing>\n```\n"
    let error = CellError(typeName: "NameError", message: "name 'missing' is not defined", line: 5, column: 5)
    let report = try ReportFixtures.report(text, ["a = 1\nb = <missing>\n": CellResult(error: error)])
    let html = HTMLReport().render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertTrue(
      html.contains(
        "<pre class=\"code\"><code class=\"language-python\">a = 1\n"
          + "<mark class=\"raised\" title=\"raised here\">b = &lt;missing&gt;</mark>\n</code></pre>"), html)
    XCTAssertTrue(html.contains("<span class=\"verdict\">✗ unexpected error at line 5, column 5</span>"))
    XCTAssertTrue(
      html.contains("<pre class=\"error-text\">NameError: name &#39;missing&#39; is not defined</pre>"))
  }

  func testHiddenSolutionsNeverLeakTheirExpectedOutputAndHintsAreFolded() throws {
    let text = ReportFixtures.exerciseLesson(
      heading: "# 연습\n\n그래디언트를 구해 보세요.", hint: "Subtract <the> gradient.")
    let report = try ReportFixtures.report(text, ReportFixtures.exerciseScript)
    let html = HTMLReport().render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertFalse(html.contains("SECRET"))
    XCTAssertFalse(html.contains("w = 41"))
    XCTAssertTrue(
      html.contains(
        "<details class=\"hint\"><summary>힌트 1</summary>\n<p>Subtract &lt;the&gt; gradient.\n</p></details>"
      ))
    XCTAssertTrue(html.contains("✎ 연습 문제 step (2점)"))
    XCTAssertTrue(html.contains("<p class=\"hidden-code\">정답 코드 숨김</p>"))
    XCTAssertTrue(
      html.contains("<p class=\"hidden-code\">이 레슨의 정답 코드가 여기서 실패합니다. 원인은 `gradbook check`로 확인하세요</p>"))
    XCTAssertTrue(html.contains("<span class=\"verdict\">✗ 실패</span>"))
    XCTAssertTrue(html.contains("<span class=\"lesson-verdict failed\">✗ 통과 0, 실패 1, 건너뜀 1</span>"))
    XCTAssertTrue(
      html.contains("<span class=\"badge passed\">✓ 통과 0</span><span class=\"badge failed\">✗ 실패 1</span>"))
    XCTAssertTrue(html.contains("<footer class=\"summary\">통과 0, 실패 1, 확인 안 함 0, 건너뜀 1</footer>"))
    for english in [" passed<", " failed<", "Exercise", "Hint", "hidden<"] {
      XCTAssertFalse(html.contains(english), "no English word \(english) in a Korean lesson's page")
    }
    XCTAssertTrue(
      html.contains("<html lang=\"ko\">"), "a Korean lesson is marked as Korean for fonts and line breaking")
    XCTAssertTrue(html.contains("<article class=\"lesson\" lang=\"ko\">"))
  }

  func testAnUnreadableLessonIsShownEscaped() {
    let error = LessonError.malformed(SourceLocation(file: "<x>.md", line: 3, column: 1), "bad `<fence>`")
    let html = HTMLReport().render(WorkbookReport(outcomes: [.rejected(error)], duration: 0))
    XCTAssertTrue(html.contains("<p class=\"lesson-error\">&lt;x&gt;.md:3:1: error: bad `&lt;fence&gt;`</p>"))
    XCTAssertTrue(html.contains("0 passed, 0 failed, 0 unchecked, 0 skipped, 1 lesson could not be read"))
    XCTAssertFalse(html.contains("<x>"))
  }
}
