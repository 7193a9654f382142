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
    XCTAssertTrue(html.contains("<h1 id=\"lesson--graphs-and-things\">Graphs &lt;and&gt; &amp; things</h1>"))
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
    let expectedCode = """
      <pre class="code"><code class="language-python"><span class="line"><span class="ln" data-n="4"></span>a \
      <span class="t-op">=</span> <span class="t-num">1</span></span>
      <span class="line raised" title="raised here"><span class="ln" data-n="5"></span>b \
      <span class="t-op">=</span> <span class="t-op">&lt;</span>missing<span class="t-op">&gt;</span></span>
      </code></pre>
      """
    XCTAssertTrue(html.contains(expectedCode), html)
    XCTAssertTrue(html.contains("<span class=\"verdict\">✗ unexpected error at line 5, column 5</span>"))
    XCTAssertTrue(
      html.contains("<pre class=\"error-text\">NameError: name &#39;missing&#39; is not defined</pre>"))
  }

  /// A learner's page shows an exercise's target (as the learner's copy does) and never its solution's code, run or
  /// diff, whatever the solution did; hints are folded.
  func testALearnersPageHasNoSolutionAndFoldsHints() throws {
    let text = ReportFixtures.exerciseLesson(
      heading: "# 연습\n\n그래디언트를 구해 보세요.", hint: "Subtract <the> gradient.")
    let report = try ReportFixtures.report(text, ReportFixtures.exerciseScript)
    let html = HTMLReport(audience: .learner).render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertFalse(html.contains("w = 41"))
    XCTAssertFalse(html.contains("41"), "not even what the solution printed")
    XCTAssertFalse(html.contains("class=\"mismatch\""))
    XCTAssertTrue(html.contains("<div class=\"target\"><p>목표 출력</p><pre class=\"output\">SECRET-42\n</pre></div>"))
    XCTAssertTrue(
      html.contains(
        "<details class=\"hint\"><summary>힌트 1</summary>\n<p>Subtract &lt;the&gt; gradient.\n</p></details>"
      ))
    XCTAssertTrue(html.contains("<span class=\"title\">✎ 연습 문제 step</span><span class=\"points\">✎ 2점</span>"))
    XCTAssertTrue(html.contains("<span class=\"verdict\">✎ 직접 풀어 보세요</span>"))
    XCTAssertTrue(html.contains("<span class=\"lesson-verdict none\">· 통과 0, 실패 0 · 2점</span>"), html)
    XCTAssertTrue(html.contains("<footer class=\"summary\">통과 0, 실패 0, 확인 안 함 0, 건너뜀 0</footer>"))
    for english in [" passed<", " failed<", "Exercise", "Hint", "hidden<", " points<"] {
      XCTAssertFalse(html.contains(english), "no English word \(english) in a Korean lesson's page")
    }
    XCTAssertTrue(
      html.contains("<html lang=\"ko\">"), "a Korean lesson is marked as Korean for fonts and line breaking")
    XCTAssertTrue(html.contains("<article class=\"lesson\" id=\"lesson\" lang=\"ko\">"))
  }

  /// An instructor's page shows the solution, its run and its diff, and the lesson's lint findings.
  func testAnInstructorsPageShowsSolutionsTheirDiffsAndFindings() throws {
    let text = ReportFixtures.exerciseLesson(heading: "# E") + "```sh\nls\n```\n\n```pyhton\nx = 1\n```\n"
    let report = try ReportFixtures.report(text, ReportFixtures.exerciseScript)
    let html = HTMLReport(audience: .instructor).render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertTrue(html.contains("<span class=\"t-num\">41</span>"), "the solution's code")
    XCTAssertTrue(
      html.contains("<pre class=\"diff\"><span class=\"removed\">- SECRET-42</span><span class=\"added\">+ 41</span>"),
      "lines with too little in common are not marked character by character")
    XCTAssertTrue(html.contains("<section class=\"exercise failed\" id=\"lesson--exercise-step\">"))
    XCTAssertTrue(html.contains("<span class=\"points\">✗ 0/2 points</span>"))
    XCTAssertTrue(html.contains("<div class=\"findings\"><p>Lint findings</p><ul>"))
    XCTAssertTrue(html.contains("`pyhton` fence is shown as text and never run; did you mean `python`?"))
  }

  func testChangedCharactersOfAChangedLineAreMarked() throws {
    let text = "# D\n\n```python\nx\n```\n\n```output\ntensor([2., 4., 6.])\nsame\n```\n"
    let report = try ReportFixtures.report(text, ["x\n": CellResult(output: "tensor([2., 5., 6.])\nsame\n")])
    let html = HTMLReport().render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertTrue(
      html.contains(
        "<span class=\"removed\">- tensor([2., <del>4</del>., 6.])</span><span class=\"added\">+ tensor([2., <ins>5</ins>., 6.])</span>"
          + "<span class=\"same\">  same</span>"), html)
  }

  func testAnUnreadableLessonIsShownEscaped() {
    let error = LessonError.malformed(SourceLocation(file: "<x>.md", line: 3, column: 1), "bad `<fence>`")
    let html = HTMLReport().render(WorkbookReport(outcomes: [.rejected(error)], duration: 0))
    XCTAssertTrue(html.contains("<p class=\"lesson-error\">&lt;x&gt;.md:3:1: error: bad `&lt;fence&gt;`</p>"))
    XCTAssertTrue(html.contains("0 passed, 0 failed, 0 unchecked, 0 skipped, 1 lesson could not be read"))
    XCTAssertFalse(html.contains("<x>"))
  }
}
