import Foundation
import PythonRuntime
import Workbook
import XCTest

@testable import Reports

/// Opens HTML reports in headless Chromium and proves that nothing in a lesson or a cell's output runs as script:
/// not when the page loads, and not when any link, image or hint on it is clicked.
final class BrowserSafetyTests: XCTestCase {
  /// What every payload does when it runs: any of the three is seen.
  static let payload = "document.title='PWNED';window.name='PWNED';alert('PWNED')"

  static let hostileLesson = """
    # Hostile <script>\(payload)</script>

    [control](&#1;javascript:\(payload)) [tab](java&#9;script:\(payload)) [newline](java&#10;script:\(payload))
    [upper](JAVASCRIPT:\(payload)) [space](&#32;javascript:\(payload)) [pointy](<  javascript:\(payload)>)
    [colon](javascript&colon;\(payload)) [data](data:text/html,%3Cscript%3E\(payload)%3C/script%3E)
    [vbscript](vbscript:\(payload)) [protocol-relative](//evil.example/x) [quote](x"onmouseover="\(payload))
    [inner control](java&#1;script:\(payload)) [entity](&#106;avascript:\(payload))
    ![control image](&#1;javascript:\(payload)) ![error image](missing.png"onerror="\(payload))
    ![svg](data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20onload='\(payload)'/%3E)
    [web](https://pytorch.org/docs) [mail](mailto:someone@example.com) [next](02-next.md) [top](#top)
    ![graph](graph.png)

    <img src=x onerror="\(payload)"> inline HTML and `<b onclick="\(payload)">code</b>` <svg onload="\(payload)"></svg>

    <script>\(payload)</script>

    ```python
    show()
    ```

    ```output
    <script>\(payload)</script>
    ```

    ```graph of=x
    <svg onload="\(payload)"><script>\(payload)</script></svg>
    ```

    ```python exercise
    x = 1
    ```

    ```hint
    <img src=x onerror="\(payload)">
    ```

    """

  static let hostileOutput =
    "<img src=x onerror=\"\(payload)\"><script>\(payload)</script>\u{1B}]0;PWNED\u{07}\n"

  private var folder = URL(fileURLWithPath: "/")

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func testNoScriptRunsFromAHostileLessonsReportEvenAfterEveryClick() throws {
    let browser = try HeadlessChromium.launchForTest()
    let report = try ReportFixtures.report(
      Self.hostileLesson, ["show()\n": CellResult(output: Self.hostileOutput)], file: "hostile<script>.md")
    for audience in [ReportAudience.learner, .instructor] {
      let page = folder.appendingPathComponent("report-\(audience.rawValue).html")
      let html = HTMLReport(audience: audience).render(WorkbookReport(outcomes: [.ran(report)], duration: 0))
      try Data(html.utf8).write(to: page)
      let (clicked, signs) = try Self.scriptSigns(in: page, browser: browser)
      XCTAssertEqual(signs, [], "\(audience)")
      XCTAssertGreaterThanOrEqual(
        clicked, 6, "the web, mail, relative and fragment links, the image and the hint")
    }
  }

  /// The harness itself can fail: a page whose script runs on load and on a click is caught both times.
  func testTheHarnessSeesScriptThatRuns() throws {
    let browser = try HeadlessChromium.launchForTest()
    let page = folder.appendingPathComponent("unsafe.html")
    let html = """
      <!DOCTYPE html><title>Unsafe</title>
      <script>window.name = 'loaded'</script>
      <a href="&#1;javascript:\(Self.payload)">next</a>

      """
    try Data(html.utf8).write(to: page)
    let (clicked, signs) = try Self.scriptSigns(in: page, browser: browser)
    XCTAssertEqual(clicked, 1)
    XCTAssertTrue(signs.contains { $0.hasPrefix("on load: a script was parsed") }, "\(signs)")
    XCTAssertTrue(signs.contains { $0.hasPrefix("clicking <a href=") && $0.contains("PWNED") }, "\(signs)")
  }

  /// Loads `page`, then loads it afresh for each link, image and hint summary on it and clicks that element; returns
  /// how many elements were clicked and every sign of a page script running.
  static func scriptSigns(in page: URL, browser: HeadlessChromium) throws -> (clicked: Int, signs: [String]) {
    let clickable = "document.querySelectorAll('a, img, summary')"
    var signs: [String] = []
    try browser.open(page)
    try browser.settle(for: 0.3)
    signs += browser.takeScriptSigns().map { "on load: " + $0 }
    let title = try browser.evaluate("document.title") as? String ?? ""
    signs += try traces(browser, expectedTitle: title).map { "on load: " + $0 }
    let count = try browser.evaluate("\(clickable).length") as? Int ?? 0
    for index in 0..<count {
      try browser.open(page)
      // A window's name outlives navigations: cleared so each click answers for itself.
      _ = try browser.evaluate("window.name = ''")
      let element = try browser.evaluate("\(clickable)[\(index)].outerHTML") as? String ?? "?"
      _ = try browser.evaluate("\(clickable)[\(index)].click()")
      try browser.settle(for: 0.4)
      let found = browser.takeScriptSigns() + (try traces(browser, expectedTitle: title))
      signs += found.map { "clicking \(element.prefix(120)): " + $0 }
    }
    return (count, signs)
  }

  /// What a payload leaves behind in the page now shown: a changed title or a window name.
  private static func traces(_ browser: HeadlessChromium, expectedTitle: String) throws -> [String] {
    let state =
      try browser.evaluate("JSON.stringify([location.href, document.title, window.name])") as? String
    guard let data = state?.data(using: .utf8),
      let values = try JSONSerialization.jsonObject(with: data) as? [String], values.count == 3
    else { return ["the page's state could not be read"] }
    var traces: [String] = []
    if values[2] != "" { traces.append("window.name is \(values[2])") }
    if values[0].hasPrefix("file:"), values[1] != expectedTitle, values[1].contains("PWNED") {
      traces.append("the title became \(values[1])")
    }
    return traces
  }
}
