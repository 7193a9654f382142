import Foundation
import TestSupport
import Workbook
import XCTest

@testable import Reports

/// `gradbook report` pages opened in headless Chromium: what a reader sees and can click, checked in the DOM.
final class ReportBrowserTests: XCTestCase {
  private var folder = URL(fileURLWithPath: "/")

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  static let course = RepositoryPaths.root + "/lessons/en"

  /// Writes the report of `paths` for `audience` with `graphviz`, and returns the page's file and text.
  private func writeReport(
    _ paths: [String], audience: ReportAudience, graphviz: Graphviz?, name: String = "report.html"
  ) throws -> (URL, String) {
    let page = folder.appendingPathComponent(name)
    var errors = ""
    let code = ReportDriver(write: { _ in }, writeError: { errors += $0 }).report(
      paths: paths, output: page.path, audience: audience, graphviz: graphviz)
    XCTAssertEqual(code, 0, errors)
    return (page, try String(contentsOf: page, encoding: .utf8))
  }

  /// Evaluates `expression` (which returns `JSON.stringify(…)`) and decodes its value.
  private func json<T: Decodable>(_ browser: HeadlessChromium, _ expression: String, as: T.Type) throws -> T {
    let text = try XCTUnwrap(try browser.evaluate(expression) as? String, "no value for \(expression)")
    return try JSONDecoder().decode(T.self, from: Data(text.utf8))
  }

  /// The course page as a reader finds it: contents whose every link lands on its part, every cell with a verdict,
  /// code highlighted and numbered as in the lesson file, a picture for every graph fence with the graph's nodes
  /// in it, nothing loaded from anywhere and no script run.
  func testTheCoursePageWorksInABrowser() throws {
    let browser = try HeadlessChromium.launchForTest()
    let graphviz = try GraphvizTests.graphvizForTest()
    let (page, _) = try writeReport([Self.course], audience: .learner, graphviz: graphviz)
    try browser.open(page)
    try browser.settle(for: 0.3)
    XCTAssertEqual(browser.takeScriptSigns(), [], "no script runs")

    let loaded = try json(
      browser, "JSON.stringify(performance.getEntriesByType('resource').map(e => e.name))", as: [String].self)
    XCTAssertEqual(loaded, [], "the page loads nothing")
    let external = try json(
      browser,
      "JSON.stringify([...document.querySelectorAll('[src], link, iframe, object, embed, script')].map(e => e.outerHTML))",
      as: [String].self)
    XCTAssertEqual(external, [], "no element refers to anything outside the page")

    let links = try json(
      browser, "JSON.stringify([...document.querySelectorAll('nav.toc a')].map(a => a.getAttribute('href')))",
      as: [String].self)
    XCTAssertGreaterThan(links.count, 8 + 16 + 30, "lessons, exercises and sections")
    let broken = try json(
      browser,
      """
      JSON.stringify([...document.querySelectorAll('nav.toc a')].map(a => a.getAttribute('href'))
        .filter(h => !h.startsWith('#') || document.getElementById(decodeURIComponent(h.slice(1))) === null))
      """, as: [String].self)
    XCTAssertEqual(broken, [], "every contents link lands on its part")
    for anchor in [
      "01-requires-grad", "01-requires-grad--leaves-and-the-graph", "02-backward-scalar--exercise-by-hand",
    ] {
      XCTAssertTrue(links.contains("#" + anchor), "stable anchor \(anchor) in \(links.prefix(12))")
    }

    let cells = try json(
      browser,
      """
      JSON.stringify([...document.querySelectorAll('.cell')].map(c => {
        const v = c.querySelector(':scope > .cell-head .verdict'); return v ? v.textContent.trim() : '' }))
      """, as: [String].self)
    XCTAssertGreaterThan(cells.count, 100)
    XCTAssertFalse(cells.contains(""), "every cell shows a verdict")
    XCTAssertFalse(
      cells.contains { $0.contains("✗") }, "the course passes: \(cells.filter { $0.contains("✗") })")

    let keywords = try json(
      browser, "JSON.stringify([...document.querySelectorAll('pre.code .t-kw')].map(e => e.textContent))",
      as: [String].self)
    XCTAssertTrue(keywords.contains("import") && keywords.contains("for"), "\(Set(keywords))")
    let constants = try json(
      browser, "JSON.stringify([...document.querySelectorAll('pre.code .t-const')].map(e => e.textContent))",
      as: [String].self)
    XCTAssertTrue(constants.contains("True") && constants.contains("None"), "\(Set(constants))")
    try assertLinesMatchTheLessonFiles(browser)
    try assertEveryGraphIsDrawnWithItsNodes(browser)
  }

  /// Each numbered code line shows the text of that line of its lesson file.
  private func assertLinesMatchTheLessonFiles(_ browser: HeadlessChromium) throws {
    let rows = try json(
      browser,
      """
      JSON.stringify([...document.querySelectorAll('article.lesson')].flatMap(a => {
        const file = a.querySelector('.file code').textContent;
        return [...a.querySelectorAll('pre.code .line')].map(l =>
          [file, l.querySelector('.ln').dataset.n, l.textContent]) }))
      """, as: [[String]].self)
    XCTAssertGreaterThan(rows.count, 300)
    var files: [String: [String]] = [:]
    var wrong: [String] = []
    for row in rows where row.count == 3 {
      let lines =
        try files[row[0]] ?? String(contentsOfFile: row[0], encoding: .utf8).components(separatedBy: "\n")
      files[row[0]] = lines
      guard let number = Int(row[1]), number >= 1, number <= lines.count else {
        wrong.append("\(row[0]):\(row[1]) is no line")
        continue
      }
      if lines[number - 1] != row[2] { wrong.append("\(row[0]):\(number) shows \(row[2])") }
    }
    XCTAssertEqual(wrong, [])
  }

  /// Every lesson has as many pictures as graph fences, and each picture names the tensors and nodes of its graph's
  /// text form.
  private func assertEveryGraphIsDrawnWithItsNodes(_ browser: HeadlessChromium) throws {
    struct Figure: Decodable {
      var file: String
      var svg: String
      var text: String
    }
    let figures = try json(
      browser,
      """
      JSON.stringify([...document.querySelectorAll('figure.graph')].map(f => ({
        file: f.closest('article').querySelector('.file code').textContent,
        svg: [...f.querySelectorAll('svg text')].map(t => t.textContent).join('\\n'),
        text: f.querySelector('pre.graph-text').textContent })))
      """, as: [Figure].self)
    var fences: [String: Int] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: Self.course) where name.hasSuffix(".md") {
      let file = Self.course + "/" + name
      let text = try String(contentsOfFile: file, encoding: .utf8)
      fences[file] = text.components(separatedBy: "\n").filter { $0.hasPrefix("```graph") }.count
    }
    XCTAssertEqual(fences.values.reduce(0, +), 6, "the English course's graph fences")
    XCTAssertEqual(
      Dictionary(grouping: figures, by: \.file).mapValues(\.count), fences.filter { $0.value > 0 })
    for figure in figures {
      XCTAssertFalse(figure.svg.isEmpty, "a picture in \(figure.file)")
      for name in Self.nodeNames(figure.text) {
        XCTAssertTrue(figure.svg.contains(name), "\(name) in the picture of \(figure.file): \(figure.svg)")
      }
    }
  }

  /// The tensor names (`x`, `y3`) and node classes (`MulBackward0`) of a graph's text form.
  static func nodeNames(_ text: String) -> Set<String> {
    var names: Set<String> = []
    for line in text.split(separator: "\n") {
      let body = line.drop { "│├└─↑ ".contains($0) }
      guard let word = body.split(separator: " ").first else { continue }
      if word.hasSuffix(":") {
        names.insert(String(word.dropLast()))
      } else if word.hasSuffix("Backward0") || word == "AccumulateGrad" {
        names.insert(String(word))
      }
    }
    return names
  }

  /// A learner's page has neither the code of a solution nor that of a hidden check: no line of it that the
  /// learner's copy does not show anyway is in the file or on the screen.
  func testALearnersPageHasNoSolutionOrHiddenCheckCode() throws {
    let browser = try HeadlessChromium.launchForTest()
    let (page, html) = try writeReport([Self.course], audience: .learner, graphviz: nil)
    let (_, instructorHTML) = try writeReport(
      [Self.course], audience: .instructor, graphviz: nil, name: "instructor.html")
    // What the course shows a learner anyway: every lesson's text without its solutions' and hidden checks' code.
    var hiddenCode: [String] = []
    var shown = ""
    for name in try FileManager.default.contentsOfDirectory(atPath: Self.course).sorted()
    where name.hasSuffix(".md") {
      let path = Self.course + "/" + name
      let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
      let lesson = try LessonParser().parse(bytes, file: path)
      var text = String(decoding: bytes, as: UTF8.self)
      for cell in lesson.cells where cell.kind == .solution || (cell.kind == .check && cell.isHidden) {
        hiddenCode.append(cell.code)
        text = text.replacingOccurrences(of: cell.code, with: "")
      }
      shown += text
    }
    var secret: [String] = []
    for code in hiddenCode {
      for line in code.split(separator: "\n") {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 12, !shown.contains(trimmed), !secret.contains(trimmed) { secret.append(trimmed) }
      }
    }
    XCTAssertGreaterThan(secret.count, 40, "the course's solutions and hidden checks")
    try browser.open(page)
    let screen = try XCTUnwrap(try browser.evaluate("document.body.innerText") as? String)
    let file = Self.textWithoutTags(html)
    for line in secret {
      XCTAssertFalse(file.contains(line), "in the learner's file: \(line)")
      XCTAssertFalse(screen.contains(line), "on the learner's screen: \(line)")
    }
    let instructorsText = Self.textWithoutTags(instructorHTML)
    let inInstructorsPage = secret.filter { instructorsText.contains($0) }
    XCTAssertEqual(inInstructorsPage.count, secret.count, "the instructor's page has them all")
  }

  /// A page's text as the file holds it, highlighting and all other markup taken out, entities spelt as characters.
  static func textWithoutTags(_ html: String) -> String {
    html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// At phone width (375 px) nothing sticks out of the page: code, diffs and pictures scroll or shrink inside their
  /// boxes; the rendered page has a sane height and its screenshot is 375 px wide.
  func testAtPhoneWidthNothingOverflows() throws {
    let browser = try HeadlessChromium.launchForTest()
    let (page, _) = try writeReport([Self.course], audience: .instructor, graphviz: Graphviz.fromPath())
    try browser.call(
      "Emulation.setDeviceMetricsOverride",
      ["width": 375, "height": 812, "deviceScaleFactor": 1, "mobile": true])
    try browser.open(page)
    struct Layout: Decodable {
      var width: Int
      var scrollWidth: Int
      var height: Int
      var sticking: [String]
    }
    let layout = try json(
      browser,
      """
      (() => { const w = document.documentElement.clientWidth; const sticking = [];
        for (const e of document.querySelectorAll('body *')) {
          const r = e.getBoundingClientRect();
          if (r.width === 0 || r.right <= w + 1) continue;
          let p = e.parentElement, scrolls = false;
          for (; p; p = p.parentElement) {
            const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') { scrolls = true; break; } }
          if (!scrolls) sticking.push(e.tagName + '.' + e.className + ' right ' + Math.round(r.right));
        }
        return JSON.stringify({ width: w, scrollWidth: document.documentElement.scrollWidth,
          height: document.documentElement.scrollHeight, sticking: sticking.slice(0, 10) }); })()
      """, as: Layout.self)
    XCTAssertEqual(layout.width, 375)
    XCTAssertEqual(layout.scrollWidth, 375, "no sideways scrolling of the page")
    XCTAssertEqual(layout.sticking, [])
    XCTAssertGreaterThan(layout.height, 20_000, "the whole course, one column")
    XCTAssertLessThan(layout.height, 400_000)
    let shot = try browser.call("Page.captureScreenshot", ["format": "png"])
    let png = try XCTUnwrap(Data(base64Encoded: shot["data"] as? String ?? ""))
    XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    XCTAssertGreaterThan(png.count, 10_000, "not a blank page")
    let width = png.count >= 24 ? png[16..<20].reduce(0) { $0 << 8 | Int($1) } : 0
    XCTAssertEqual(width, 375)
  }

  /// A Graphviz that writes hostile SVG (script, event handlers, script links, foreign HTML) leaves nothing that
  /// runs: the picture is rebuilt from harmless parts before it reaches the page.
  func testAHostileDrawingRunsNothing() throws {
    let browser = try HeadlessChromium.launchForTest()
    let payload = BrowserSafetyTests.payload
    let svg = """
      <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
      onload="\(payload)"><script>\(payload)</script><g onclick="\(payload)"><text>y &lt;img src=x \
      onerror=\(payload)&gt;</text><a xlink:href="javascript:\(payload)"><text>link</text></a>\
      <foreignObject><iframe src="javascript:\(payload)"></iframe></foreignObject>\
      <set attributeName="onmouseover" to="\(payload)"/></g></svg>
      """
    let drawing = folder.appendingPathComponent("drawing.svg")
    try Data(svg.utf8).write(to: drawing)
    let dot = folder.appendingPathComponent("dot")
    try Data("#!/bin/sh\ncat > /dev/null\ncat '\(drawing.path)'\n".utf8).write(to: dot)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dot.path)
    let lesson = folder.appendingPathComponent("hostile.md")
    let text = """
      # Graph <script>\(payload)</script>

      ```python
      import torch
      x = torch.ones(2, requires_grad=True)
      y = x * 2
      ```

      ```graph of=y
      <svg onload="\(payload)">
      ```

      """
    try Data(text.utf8).write(to: lesson)
    let (page, html) = try writeReport(
      [lesson.path], audience: .learner, graphviz: Graphviz(executable: dot.path))
    XCTAssertTrue(html.contains("<div class=\"graph-picture\""), "the drawing is on the page")
    let (clicked, signs) = try BrowserSafetyTests.scriptSigns(in: page, browser: browser)
    XCTAssertEqual(signs, [])
    XCTAssertGreaterThanOrEqual(clicked, 2, "the contents links and the graph's text form")
  }
}
