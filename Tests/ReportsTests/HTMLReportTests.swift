import Interpreter
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
    XCTAssertTrue(html.contains("<p class=\"summary\">1 passed, 1 failed, 0 unchecked, 0 skipped</p>"))
  }
}
