import PythonRuntime
import Workbook
import XCTest

@testable import Reports

/// The HTML report shows control characters the way the terminal does.
final class HTMLControlCharacterTests: XCTestCase {
  func testTheHTMLReportSpellsControlCharactersAsTheTerminalDoes() throws {
    let report = try ReportFixtures.report(
      "# T \u{1B}[2J\n\n```python\nx\n```\n", ["x\n": CellResult(output: "\u{1B}]0;pwned\u{07}\tok\r\n")])
    let html = HTMLReport().render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
    XCTAssertEqual(TerminalInjectionTests.controlCharacters(in: html), [])
    XCTAssertTrue(html.contains("<title>T \\x1b[2J</title>"))
    XCTAssertTrue(html.contains("<pre class=\"output\">\\x1b]0;pwned\\x07\tok\\r\n</pre>"), html)
  }
}
