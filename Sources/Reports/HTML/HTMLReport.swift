import Workbook

/// Renders lessons as one self-contained HTML page: prose, cells with their outputs, and pass/fail marks.
///
/// Every piece of lesson or result text goes through `HTMLEscaping.escape`; the markup around it is fixed.
public struct HTMLReport {
  public init() {}

  /// A complete HTML document for every lesson in `report`.
  public func render(_ report: WorkbookReport) -> String {
    var body = ""
    for outcome in report.outcomes {
      switch outcome {
      case .rejected(let error):
        body +=
          "<article class=\"lesson rejected\">\n<p class=\"file\"><code>\(escape(error.file))</code></p>\n"
        body += "<p class=\"lesson-error\">\(escape(error.description))</p>\n</article>\n"
      case .ran(let lessonReport):
        body += lesson(lessonReport)
      }
    }
    let reports = report.lessonReports
    let title = reports.count == 1 && report.outcomes.count == 1 ? reports[0].lesson.title : "Gradbook"
    let phrasebook = Phrasebook(for: report)
    return """
      <!DOCTYPE html>
      <html lang="\(phrasebook.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="gradbook \(escape(GradbookVersion.current))">
      <title>\(escape(title))</title>
      <style>
      \(Self.styleSheet)</style>
      </head>
      <body>
      <header class="bar"><span class="brand">Gradbook</span>\(totals(report.totals, rejected: report.rejected.count, phrasebook: phrasebook))</header>
      <main>
      \(body)<footer class="summary">\(escape(summaryText(report, phrasebook: phrasebook)))</footer>
      </main>
      </body>
      </html>

      """
  }

  /// `N passed, N failed, N unchecked, N skipped` (and unreadable lessons, when any).
  func summaryText(_ report: WorkbookReport, phrasebook: Phrasebook = Phrasebook()) -> String {
    let totals = report.totals
    var text = [
      phrasebook.passedCount(totals.passed), phrasebook.failedCount(totals.failures),
      phrasebook.uncheckedCount(totals.unchecked), phrasebook.skippedCount(totals.skipped),
    ].joined(separator: ", ")
    let rejected = report.rejected.count
    if rejected > 0 { text += phrasebook.unreadableLessons(rejected) }
    return text
  }

  /// The coloured count badges of the page's header bar.
  func totals(_ totals: StatusTotals, rejected: Int, phrasebook: Phrasebook = Phrasebook()) -> String {
    var badges = badge("passed", "✓ " + phrasebook.passedCount(totals.passed))
    if totals.failures > 0 { badges += badge("failed", "✗ " + phrasebook.failedCount(totals.failures)) }
    if totals.unchecked > 0 { badges += badge("neutral", phrasebook.uncheckedCount(totals.unchecked)) }
    if totals.skipped > 0 { badges += badge("neutral", phrasebook.skippedCount(totals.skipped)) }
    if rejected > 0 { badges += badge("failed", phrasebook.notReadableCount(rejected)) }
    return "<span class=\"badges\">" + badges + "</span>"
  }

  func badge(_ kind: String, _ text: String) -> String {
    "<span class=\"badge \(kind)\">" + escape(text) + "</span>"
  }

  func lesson(_ report: LessonReport) -> String {
    let lesson = report.lesson
    let failed = report.totals.failures > 0
    let phrasebook = Phrasebook(for: lesson)
    var html = "<article class=\"lesson\" lang=\"\(lesson.language.rawValue)\">\n"
    html += "<p class=\"file\"><code>\(escape(lesson.file))</code>"
    html += "<span class=\"lesson-verdict \(failed ? "failed" : "passed")\">"
    html +=
      escape((failed ? "✗ " : "✓ ") + lessonCounts(report.totals, phrasebook: phrasebook)) + "</span></p>\n"
    for finding in lesson.findings { html += "<p class=\"finding\">\(escape(finding.description))</p>\n" }
    for node in lesson.document.children { html += block(node, report: report) }
    return html + "</article>\n"
  }

  func lessonCounts(_ totals: StatusTotals, phrasebook: Phrasebook = Phrasebook()) -> String {
    var parts = [phrasebook.passedCount(totals.passed), phrasebook.failedCount(totals.failures)]
    if totals.unchecked > 0 { parts.append(phrasebook.uncheckedCount(totals.unchecked)) }
    if totals.skipped > 0 { parts.append(phrasebook.skippedCount(totals.skipped)) }
    return parts.joined(separator: ", ")
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
    case .htmlBlock: return "<pre>" + escape(node.literal) + "</pre>\n"
    default: return "<p>" + inlines([node]) + "</p>\n"
    }
  }

  func inlines(_ nodes: [MarkdownNode]) -> String {
    nodes.map { node -> String in
      switch node.kind {
      case .text, .htmlInline: return escape(node.literal)
      case .softBreak: return "\n"
      case .lineBreak: return "<br>\n"
      case .code: return "<code>" + escape(node.literal) + "</code>"
      case .emphasis: return "<em>" + inlines(node.children) + "</em>"
      case .strong: return "<strong>" + inlines(node.children) + "</strong>"
      case .link:
        guard LinkFilter.allows(node.url) else { return inlines(node.children) }
        return "<a href=\"\(escape(node.url))\">" + inlines(node.children) + "</a>"
      case .image:
        guard LinkFilter.allows(node.url) else { return escape(node.plainText) }
        return "<img src=\"\(escape(node.url))\" alt=\"\(escape(node.plainText))\">"
      default: return inlines(node.children)
      }
    }.joined()
  }

  func codeBlock(_ node: MarkdownNode, report: LessonReport) -> String {
    guard let role = report.lesson.role(ofCodeBlockAt: node.range.startLine) else {
      return "<pre class=\"listing\"><code>" + escape(node.literal) + "</code></pre>\n"
    }
    switch role {
    case .expectation: return ""
    case .hint(_, let index):
      // Folded, so a learner opens a hint only when they want it.
      let summary = escape(Phrasebook(for: report.lesson).hint(index + 1))
      return "<details class=\"hint\"><summary>" + summary + "</summary>\n<p>" + escape(node.literal)
        + "</p></details>\n"
    case .cell(let index):
      guard let cellReport = report.report(forCell: index) else { return "" }
      return cell(cellReport, file: report.lesson.file, phrasebook: Phrasebook(for: report.lesson))
    }
  }

  func cell(_ report: CellReport, file: String, phrasebook: Phrasebook = Phrasebook()) -> String {
    let cell = report.cell
    var html = "<div class=\"cell \(report.status.rawValue)\" data-line=\"\(cell.location.line)\">\n"
    html += "<div class=\"cell-head\"><span class=\"where\" title=\"\(escape(file)):\(cell.location.line)\">"
    html += escape(head(cell, file: file, phrasebook: phrasebook)) + "</span>"
    html += verdict(report, file: file, phrasebook: phrasebook) + "</div>\n"
    switch cell.kind {
    case .solution, .check:
      let hidden = cell.kind == .solution ? phrasebook.solutionHidden : phrasebook.checksHidden
      html += "<p class=\"hidden-code\">" + escape(hidden) + "</p>\n"
      html += cases(report, phrasebook: phrasebook)
    case .code, .exercise:
      // Starter code without a solution (a learner's copy) runs, and shows what it produced.
      let raisingLine = report.status == .error ? report.result?.error?.line : nil
      html += code(cell, raisingLine: raisingLine, phrasebook: phrasebook)
      if let result = report.result {
        if !result.output.isEmpty { html += "<pre class=\"output\">" + escape(result.output) + "</pre>\n" }
        for warning in result.warnings { html += "<pre class=\"warning\">" + escape(warning) + "</pre>\n" }
        if let error = result.error { html += "<pre class=\"error-text\">" + escape(error.text) + "</pre>\n" }
      }
    }
    if report.status.isFailure, cell.kind == .check {
      // Each case says what went wrong; the check's code stays hidden.
    } else if report.status.isFailure, cell.kind == .solution {
      // A hidden solution's diff would give the answer away.
      html += "<p class=\"hidden-code\">" + escape(phrasebook.referenceAnswerFails) + "</p>\n"
    } else if report.status.isFailure {
      for mismatch in report.mismatches where mismatch.hasFence || mismatch.kind != .error {
        html += self.mismatch(mismatch, phrasebook: phrasebook)
      }
    }
    return html + "</div>\n"
  }

  /// A check's cases: `✓`/`✗`, the name, and why a case did not pass.
  func cases(_ report: CellReport, phrasebook: Phrasebook) -> String {
    guard !report.cases.isEmpty else { return "" }
    var html = "<ul class=\"cases\">\n"
    for checkCase in report.cases {
      let passed = checkCase.status == .pass
      html += "<li class=\"\(checkCase.status.rawValue)\">" + (passed ? "✓ " : "✗ ")
      html += "<code>" + escape(phrasebook.caseName(checkCase, hidden: report.cell.isHidden)) + "</code>"
      if let explanation = checkCase.explanation(hidden: report.cell.isHidden) {
        html += "<br><span class=\"why\">" + escape(explanation) + "</span>"
      }
      html += "</li>\n"
    }
    return html + "</ul>\n"
  }

  /// `line N` of the cell (the file is named above the lesson), or the exercise's name and points.
  func head(_ cell: Cell, file: String, phrasebook: Phrasebook = Phrasebook()) -> String {
    guard cell.kind == .exercise else { return phrasebook.line(cell.location.line) }
    return phrasebook.exerciseTitle(id: cell.id, points: cell.points)
  }

  func verdict(_ report: CellReport, file: String, phrasebook: Phrasebook = Phrasebook()) -> String {
    let text: String
    switch report.status {
    case .passed: text = phrasebook.passed
    case .failed: text = phrasebook.failed
    case .error:
      text =
        phrasebook.unexpectedError
        + (report.result?.error.map { phrasebook.raised(line: $0.line, column: $0.column) } ?? "")
    case .unchecked: text = phrasebook.ranUnchecked
    case .skipped: text = phrasebook.skipped
    }
    return "<span class=\"verdict\">\(escape(text))</span>"
  }

  /// The cell's code, one line per line so that the line that raised an unexpected error can be marked.
  func code(_ cell: Cell, raisingLine: Int?, phrasebook: Phrasebook = Phrasebook()) -> String {
    var lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let body = lines.enumerated().map { offset, line -> String in
      let (fileLine, overflow) = cell.codeStartLine.addingReportingOverflow(offset)
      guard !overflow, fileLine == raisingLine else { return escape(line) }
      return "<mark class=\"raised\" title=\"\(escape(phrasebook.raisedHere))\">" + escape(line) + "</mark>"
    }
    return "<pre class=\"code\"><code class=\"language-python\">" + body.joined(separator: "\n")
      + "\n</code></pre>\n"
  }

  func mismatch(_ mismatch: ExpectationMismatch, phrasebook: Phrasebook = Phrasebook()) -> String {
    var html = "<div class=\"mismatch\"><p>" + escape(phrasebook.mismatchHeading(mismatch)) + "</p>"
    html += "<pre class=\"diff\">"
    let lines: [DiffLine] =
      mismatch.hasFence
      ? LineDiff.diff(expected: mismatch.expected, actual: mismatch.actual)
      : LineDiff.lines(mismatch.actual).map(DiffLine.added)
    for line in lines {
      switch line {
      case .same(let text): html += "<span class=\"same\">  " + escape(text) + "</span>"
      case .removed(let text): html += "<span class=\"removed\">- " + escape(text) + "</span>"
      case .added(let text): html += "<span class=\"added\">+ " + escape(text) + "</span>"
      }
    }
    return html + "</pre></div>\n"
  }

  private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

  static let styleSheet = """
    :root { --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --pass: #1a7f37;
      --pass-bg: #dafbe1; --fail: #cf222e; --fail-bg: #ffebe9; --warn: #7d4e00; --warn-bg: #fff8c5; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--text); background: #fff; font: 17px/1.65 system-ui, -apple-system, "Segoe UI",
      "Noto Sans", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; }
    main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
    article:lang(ko) { word-break: keep-all; overflow-wrap: anywhere; }
    article:lang(ko) p, article:lang(ko) li { line-height: 1.8; }
    .bar { position: sticky; top: 0; z-index: 1; display: flex; justify-content: space-between; align-items: center;
      gap: 1rem; padding: .45rem 1.25rem; background: rgba(255, 255, 255, .96); border-bottom: 1px solid var(--line);
      font-size: .85rem; }
    .brand { font-weight: 700; letter-spacing: .02em; }
    .badges { display: flex; flex-wrap: wrap; gap: .4rem; }
    .badge { padding: .05rem .55rem; border-radius: 999px; background: var(--soft); color: var(--muted);
      font-weight: 600; }
    .badge.passed { background: var(--pass-bg); color: var(--pass); }
    .badge.failed { background: var(--fail-bg); color: var(--fail); }
    .lesson { padding-bottom: 2rem; border-bottom: 1px solid var(--line); margin-bottom: 2rem; }
    .file { display: flex; justify-content: space-between; flex-wrap: wrap; gap: .5rem; margin: 1.5rem 0 0;
      color: var(--muted); font-size: .85rem; }
    .lesson-verdict { font-weight: 600; }
    .lesson-verdict.passed { color: var(--pass); } .lesson-verdict.failed { color: var(--fail); }
    .lesson-error, .finding { padding: .6rem .9rem; border-radius: 6px; background: var(--fail-bg); color: var(--fail); }
    .finding { background: var(--warn-bg); color: var(--warn); }
    h1 { font-size: 2rem; line-height: 1.25; margin: .8rem 0 1rem; }
    h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.4rem 0 .8rem; padding-bottom: .3rem;
      border-bottom: 1px solid var(--line); }
    h3 { font-size: 1.1rem; margin: 1.8rem 0 .6rem; }
    a { color: #0969da; }
    blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 4px solid var(--line); color: var(--muted); }
    code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas,
      "Noto Sans Mono CJK KR", monospace; font-size: .86rem; }
    :not(pre) > code { padding: .12em .38em; border-radius: 5px; background: #eff2f5; font-size: .86em; }
    pre { margin: 0; padding: .65rem .9rem; overflow-x: auto; line-height: 1.5; }
    pre.listing { margin: 1rem 0; border-radius: 6px; background: var(--soft); }
    .cell { margin: 1.3rem 0; border: 1px solid var(--line); border-left: 4px solid #8c959f; border-radius: 6px;
      overflow: hidden; }
    .cell.passed { border-left-color: var(--pass); }
    .cell.failed, .cell.error { border-left-color: var(--fail); }
    .cell.skipped { opacity: .75; }
    .cell-head { display: flex; justify-content: space-between; gap: 1rem; padding: .2rem .9rem;
      background: var(--soft); border-bottom: 1px solid var(--line); color: var(--muted); font-size: .78rem; }
    .verdict { font-weight: 700; }
    .passed .verdict { color: var(--pass); }
    .failed .verdict, .error .verdict { color: var(--fail); }
    pre.code { background: #fbfcfd; }
    pre.output { border-top: 1px dashed var(--line); background: #fff; }
    pre.warning, pre.error-text { border-top: 1px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
    pre.warning { background: var(--warn-bg); color: var(--warn); }
    pre.error-text { background: var(--fail-bg); color: var(--fail); }
    mark.raised { display: inline-block; min-width: 100%; background: #ffcecb; color: inherit; }
    .hidden-code { margin: 0; padding: .5rem .9rem; color: var(--muted); font-style: italic; }
    .cases { margin: 0; padding: .3rem .9rem .5rem 2rem; list-style: none; }
    .cases .why { color: var(--fail); }
    .mismatch { padding: .55rem .9rem .7rem; border-top: 1px solid var(--line); }
    .mismatch p { margin: 0 0 .35rem; font-size: .85rem; font-weight: 600; }
    pre.diff { padding: .3rem 0; border: 1px solid var(--line); border-radius: 5px; }
    .diff span { display: block; padding: 0 .7rem; }
    .diff .removed { background: var(--fail-bg); color: var(--fail); }
    .diff .added { background: var(--pass-bg); color: var(--pass); }
    details.hint { margin: 1rem 0; padding: .5rem .9rem; border-radius: 6px; background: var(--warn-bg); }
    details.hint summary { cursor: pointer; font-weight: 600; color: var(--warn); }
    details.hint p { margin: .4rem 0 0; white-space: pre-wrap; }
    .summary { margin-top: 1rem; font-weight: 600; }
    @media print { .bar { position: static; } details.hint { display: none; } }

    """
}
