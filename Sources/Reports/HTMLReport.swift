import Workbook

/// Renders lessons as one self-contained HTML page: prose, cells with their outputs, and pass/fail marks.
public struct HTMLReport {
  public init() {}

  /// A complete HTML document for every lesson in `report`.
  public func render(_ report: WorkbookReport) -> String {
    var body = ""
    for outcome in report.outcomes {
      switch outcome {
      case .rejected(let error):
        body +=
          "<section class=\"lesson rejected\"><p class=\"error\">\(HTMLEscaping.escape(error.description))</p></section>\n"
      case .ran(let lessonReport):
        body += lesson(lessonReport)
      }
    }
    let totals = report.totals
    let summary =
      "\(totals.passed) passed, \(totals.failures) failed, \(totals.unchecked) unchecked, \(totals.skipped) skipped"
    let title = report.lessonReports.count == 1 ? report.lessonReports[0].lesson.title : "Gradbook"
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTMLEscaping.escape(title))</title>
      <style>
      body { font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #222; }
      pre { background: #f6f8fa; padding: .6rem .8rem; overflow-x: auto; border-radius: 4px; }
      .cell { border-left: 4px solid #bbb; padding-left: .6rem; margin: 1rem 0; }
      .cell.passed { border-color: #2da44e; } .cell.failed, .cell.error { border-color: #cf222e; }
      .cell.skipped { opacity: .7; }
      .verdict { font-weight: bold; } .passed .verdict { color: #2da44e; } .failed .verdict, .error .verdict { color: #cf222e; }
      pre.output { background: #fff; border: 1px solid #ddd; }
      .warning { color: #9a6700; } .error-text, p.error { color: #cf222e; }
      .diff .removed { color: #cf222e; } .diff .added { color: #1a7f37; }
      .summary { font-weight: bold; margin-top: 2rem; }
      .hint { background: #fff8c5; padding: .4rem .6rem; border-radius: 4px; }
      </style>
      </head>
      <body>
      \(body)<p class="summary">\(HTMLEscaping.escape(summary))</p>
      </body>
      </html>

      """
  }

  func lesson(_ report: LessonReport) -> String {
    var html =
      "<section class=\"lesson\">\n<p class=\"file\"><code>\(HTMLEscaping.escape(report.lesson.file))</code></p>\n"
    for node in report.lesson.document.children { html += block(node, report: report) }
    return html + "</section>\n"
  }

  func block(_ node: MarkdownNode, report: LessonReport) -> String {
    switch node.kind {
    case .paragraph: return "<p>" + inlines(node.children) + "</p>\n"
    case .heading:
      let level = min(6, max(1, node.headingLevel))
      return "<h\(level)>" + inlines(node.children) + "</h\(level)>\n"
    case .blockQuote:
      return "<blockquote>\n" + node.children.map { block($0, report: report) }.joined() + "</blockquote>\n"
    case .list:
      let tag = node.isOrderedList ? "ol" : "ul"
      let start = node.isOrderedList && node.listStart != 1 ? " start=\"\(node.listStart)\"" : ""
      return "<\(tag)\(start)>\n" + node.children.map { block($0, report: report) }.joined() + "</\(tag)>\n"
    case .item:
      return "<li>" + node.children.map { block($0, report: report) }.joined() + "</li>\n"
    case .codeBlock: return codeBlock(node, report: report)
    case .thematicBreak: return "<hr>\n"
    case .htmlBlock: return "<pre>" + HTMLEscaping.escape(node.literal) + "</pre>\n"
    default: return "<p>" + inlines([node]) + "</p>\n"
    }
  }

  func inlines(_ nodes: [MarkdownNode]) -> String {
    nodes.map { node -> String in
      switch node.kind {
      case .text, .htmlInline: return HTMLEscaping.escape(node.literal)
      case .softBreak: return "\n"
      case .lineBreak: return "<br>\n"
      case .code: return "<code>" + HTMLEscaping.escape(node.literal) + "</code>"
      case .emphasis: return "<em>" + inlines(node.children) + "</em>"
      case .strong: return "<strong>" + inlines(node.children) + "</strong>"
      case .link:
        guard isSafe(node.url) else { return inlines(node.children) }
        return "<a href=\"\(HTMLEscaping.escape(node.url))\">" + inlines(node.children) + "</a>"
      case .image:
        guard isSafe(node.url) else { return HTMLEscaping.escape(node.plainText) }
        return "<img src=\"\(HTMLEscaping.escape(node.url))\" alt=\"\(HTMLEscaping.escape(node.plainText))\">"
      default: return inlines(node.children)
      }
    }.joined()
  }

  /// Links to `javascript:`, `vbscript:` and `data:` URLs are dropped.
  func isSafe(_ url: String) -> Bool {
    let lowered = url.lowercased().filter { !$0.isWhitespace }
    return !["javascript:", "vbscript:", "data:"].contains { lowered.hasPrefix($0) }
  }

  func codeBlock(_ node: MarkdownNode, report: LessonReport) -> String {
    guard let role = report.lesson.role(ofCodeBlockAt: node.range.startLine) else {
      return "<pre><code>" + HTMLEscaping.escape(node.literal) + "</code></pre>\n"
    }
    switch role {
    case .expectation: return ""
    case .hint(_, let index):
      return "<p class=\"hint\"><strong>Hint \(index + 1):</strong> " + HTMLEscaping.escape(node.literal)
        + "</p>\n"
    case .cell(let index):
      guard let cellReport = report.report(forCell: index) else { return "" }
      return cell(cellReport)
    }
  }

  func cell(_ report: CellReport) -> String {
    let cell = report.cell
    var html = "<div class=\"cell \(report.status.rawValue)\" data-line=\"\(cell.location.line)\">\n"
    switch cell.kind {
    case .exercise:
      var title = "Exercise"
      if let id = cell.id { title += " " + id }
      if let points = cell.points { title += " (\(points) points)" }
      html += "<p><strong>\(HTMLEscaping.escape(title))</strong></p>\n"
      html += "<pre><code>" + HTMLEscaping.escape(cell.code) + "</code></pre>\n"
    case .solution, .check:
      html += "<p><em>\(cell.kind == .solution ? "solution hidden" : "checks hidden")</em></p>\n"
    case .code:
      html += "<pre><code class=\"language-python\">" + HTMLEscaping.escape(cell.code) + "</code></pre>\n"
      if let result = report.result {
        if !result.output.isEmpty {
          html += "<pre class=\"output\">" + HTMLEscaping.escape(result.output) + "</pre>\n"
        }
        for warning in result.warnings {
          html += "<pre class=\"warning\">" + HTMLEscaping.escape(warning) + "</pre>\n"
        }
        if let error = result.error {
          html += "<pre class=\"error-text\">" + HTMLEscaping.escape(error.text) + "</pre>\n"
        }
      }
    }
    let verdicts: [CellStatus: String] = [
      .passed: "✓ passed", .failed: "✗ failed", .error: "✗ unexpected error", .unchecked: "",
      .skipped: "– skipped",
    ]
    if let verdict = verdicts[report.status], !verdict.isEmpty {
      html += "<p class=\"verdict\">\(HTMLEscaping.escape(verdict))</p>\n"
    }
    for mismatch in report.mismatches where report.status.isFailure {
      html += "<pre class=\"diff\">"
      for line in LineDiff.diff(expected: mismatch.expected, actual: mismatch.actual) {
        switch line {
        case .same(let text): html += "  " + HTMLEscaping.escape(text) + "\n"
        case .removed(let text):
          html += "<span class=\"removed\">- " + HTMLEscaping.escape(text) + "</span>\n"
        case .added(let text): html += "<span class=\"added\">+ " + HTMLEscaping.escape(text) + "</span>\n"
        }
      }
      html += "</pre>\n"
    }
    return html + "</div>\n"
  }
}
