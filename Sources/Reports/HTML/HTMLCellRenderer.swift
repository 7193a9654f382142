import TorchBindings
import Workbook

/// One cell of an HTML report: its code (highlighted, numbered as in the lesson file), what it printed, warned and
/// raised (the raising line marked), the graph after it, its verdict and, when it failed, a diff whose changed
/// characters are marked. Every text from the lesson or the run goes through `HTMLEscaping.escape`.
struct HTMLCellRenderer {
  let audience: ReportAudience
  let pictures: GraphPictures
  /// The lesson's outcome index, to find its pictures.
  let lessonIndex: Int
  let phrasebook: Phrasebook

  func cell(_ report: CellReport, file: String, solved: Bool) -> String {
    let cell = report.cell
    let status = statusClass(report, solved: solved)
    var html = "<div class=\"cell \(status)\" data-line=\"\(cell.location.line)\">\n"
    html += "<div class=\"cell-head\"><span class=\"where\" title=\"\(escape(file)):\(cell.location.line)\">"
    html += escape(head(cell)) + "</span>" + verdict(report, solved: solved) + "</div>\n"
    // A hidden check's code, output and diffs would give its test away: only its cases are named.
    let hidesCode = cell.kind == .check && cell.isHidden && !audience.showsSolutions
    if hidesCode {
      html += "<p class=\"hidden-code\">" + escape(phrasebook.checksHidden) + "</p>\n"
    } else {
      let raisingLine = report.status == .error ? report.result?.error?.line : nil
      html += HTMLCode.listing(
        cell.code, firstLine: cell.codeStartLine, raisingLine: raisingLine, raisedTitle: phrasebook.raisedHere
      )
    }
    guard showsResult(report, solved: solved) else { return html + "</div>\n" }
    html += cases(report)
    if hidesCode { return html + "</div>\n" }
    if let result = report.result {
      if !result.output.isEmpty { html += "<pre class=\"output\">" + escape(result.output) + "</pre>\n" }
      for warning in result.warnings { html += "<pre class=\"warning\">" + escape(warning) + "</pre>\n" }
      if let error = result.error { html += "<pre class=\"error-text\">" + escape(error.text) + "</pre>\n" }
    }
    if case .success(let graph) = report.graph {
      html += figure(graph, cellIndex: report.cellIndex)
    }
    if report.status.isFailure {
      for mismatch in report.mismatches where mismatch.hasFence || mismatch.kind != .error {
        html += self.mismatch(mismatch)
      }
    }
    return html + "</div>\n"
  }

  /// A check's cases: ✓ or ✗, the case's name (a hidden one's by its line only) and why it did not pass.
  func cases(_ report: CellReport) -> String {
    guard !report.cases.isEmpty else { return "" }
    let hidden = report.cell.isHidden
    var html = "<ul class=\"cases\">\n"
    for checkCase in report.cases {
      let passed = checkCase.status == .pass
      html +=
        "<li class=\"case \(passed ? "passed" : "failed")\"><span class=\"mark\">" + (passed ? "✓" : "✗")
      html += "</span> <code>" + escape(phrasebook.caseName(checkCase, hidden: hidden)) + "</code>"
      if let explanation = checkCase.explanation(hidden: hidden) {
        html += "<br><span class=\"why\">" + escape(explanation) + "</span>"
      }
      html += "</li>\n"
    }
    return html + "</ul>\n"
  }

  /// Whether a cell's run is shown: a learner never sees what a check found about the hidden solution, nor
  /// starter code's non-run.
  private func showsResult(_ report: CellReport, solved: Bool) -> Bool {
    switch report.cell.kind {
    case .code, .solution: return true
    case .exercise: return report.status != .skipped
    case .check: return audience.showsSolutions || !solved
    }
  }

  /// The cell's class: its status, or `todo` for starter code a learner has still to complete.
  private func statusClass(_ report: CellReport, solved: Bool) -> String {
    if report.cell.kind == .exercise, report.status == .skipped {
      return audience.showsSolutions ? "skipped" : "todo"
    }
    if report.cell.kind == .check, solved, !audience.showsSolutions { return "info" }
    return report.status.rawValue
  }

  /// `line N`, or for starter code the exercise's name and points.
  func head(_ cell: Cell) -> String {
    switch cell.kind {
    case .exercise: return phrasebook.starterCode + " · " + phrasebook.line(cell.location.line)
    case .solution: return phrasebook.solutionTitle + " · " + phrasebook.line(cell.location.line)
    case .check:
      let title = cell.isHidden ? phrasebook.hiddenCheck : phrasebook.checksTitle
      return title + " · " + phrasebook.line(cell.location.line)
    case .code: return phrasebook.line(cell.location.line)
    }
  }

  func verdict(_ report: CellReport, solved: Bool) -> String {
    let text: String
    if report.cell.kind == .exercise, report.status == .skipped {
      text = audience.showsSolutions ? phrasebook.starterNotRun : phrasebook.yourTurn
    } else if report.cell.kind == .check, solved, !audience.showsSolutions {
      text = phrasebook.checksRunAtGrading
    } else {
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
    }
    return "<span class=\"verdict\">\(escape(text))</span>"
  }

  /// The graph after a cell: its picture when Graphviz drew it, with the text form folded beneath; else the text
  /// form itself and a word on how to get pictures.
  func figure(_ graph: AutogradGraph, cellIndex: Int) -> String {
    var html = "<figure class=\"graph\">\n<figcaption>" + escape(phrasebook.graphHeading) + "</figcaption>\n"
    let text = "<pre class=\"graph-text\">" + escape(graph.text) + "</pre>\n"
    if let picture = pictures.picture(lesson: lessonIndex, cell: cellIndex) {
      html +=
        "<div class=\"graph-picture\" role=\"img\" aria-label=\"" + escape(phrasebook.graphHeading) + "\">"
      html += picture
      html +=
        "</div>\n<details class=\"graph-text\"><summary>" + escape(phrasebook.graphTextForm) + "</summary>\n"
      html += text + "</details>\n"
    } else {
      let note: String
      switch pictures.availability {
      case .noGraphviz: note = phrasebook.graphvizMissing
      case .drawn, .failed: note = phrasebook.graphvizFailed
      }
      html += "<p class=\"graph-note\">" + escape(note) + "</p>\n" + text
    }
    return html + "</figure>\n"
  }

  /// A failed expectation: the heading the terminal prints, then the line diff with changed characters marked.
  func mismatch(_ mismatch: ExpectationMismatch) -> String {
    var html = "<div class=\"mismatch\"><p>" + escape(phrasebook.mismatchHeading(mismatch)) + "</p>"
    html += "<pre class=\"diff\">"
    let lines: [DiffLine] =
      mismatch.hasFence
      ? LineDiff.diff(expected: mismatch.expected, actual: mismatch.actual)
      : LineDiff.lines(mismatch.actual).map(DiffLine.added)
    var index = 0
    while index < lines.count {
      guard case .removed = lines[index] else {
        html += line(lines[index], marks: nil)
        index += 1
        continue
      }
      // A run of removed lines and the run of added lines after it: the i-th of each are compared by character.
      var removed: [String] = []
      while index < lines.count, case .removed(let text) = lines[index] {
        removed.append(text)
        index += 1
      }
      var added: [String] = []
      while index < lines.count, case .added(let text) = lines[index] {
        added.append(text)
        index += 1
      }
      let pairs = zip(removed, added).map { CharacterDiff.segments(removed: $0, added: $1) }
      for (offset, text) in removed.enumerated() {
        html += line(.removed(text), marks: offset < pairs.count ? pairs[offset]?.removed : nil)
      }
      for (offset, text) in added.enumerated() {
        html += line(.added(text), marks: offset < pairs.count ? pairs[offset]?.added : nil)
      }
    }
    return html + "</pre></div>\n"
  }

  private func line(_ line: DiffLine, marks: [CharacterDiff.Segment]?) -> String {
    func body(_ text: String, tag: String) -> String {
      guard let marks else { return escape(text) }
      return marks.map { $0.isChanged ? "<\(tag)>" + escape($0.text) + "</\(tag)>" : escape($0.text) }
        .joined()
    }
    switch line {
    case .same(let text): return "<span class=\"same\">  " + escape(text) + "</span>"
    case .removed(let text): return "<span class=\"removed\">- " + body(text, tag: "del") + "</span>"
    case .added(let text): return "<span class=\"added\">+ " + body(text, tag: "ins") + "</span>"
    }
  }

  private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
