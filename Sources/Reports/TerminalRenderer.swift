import Workbook

/// Renders lessons for `gradbook run`: prose re-wrapped to the terminal, each cell with its output and verdict.
public struct TerminalRenderer {
  public let options: TerminalOptions

  public init(options: TerminalOptions) {
    self.options = options
  }

  private var palette: TerminalPalette { options.palette }

  /// The whole lesson as a learner reads it, ending with a newline.
  public func render(_ report: LessonReport) -> String {
    var lines: [String] = []
    lines.append(palette.paint(report.lesson.file, .dim))
    for finding in report.lesson.findings {
      lines.append(palette.paint(finding.description, finding.severity == .warning ? .yellow : .dim))
    }
    lines.append("")
    lines += blockLines(report.lesson.document.children, report: report, firstPrefix: "", restPrefix: "")
    lines.append("")
    var summary = palette.paint(
      summaryText(report.totals), report.totals.failures > 0 ? [.bold, .red] : [.bold, .green])
    if options.showsTimings {
      summary += palette.paint(" in " + TerminalOptions.formatSeconds(report.duration), .dim)
    }
    lines.append(summary)
    return lines.joined(separator: "\n") + "\n"
  }

  /// `file: error: message` for a lesson that could not be loaded.
  public func render(_ error: LessonError) -> String {
    palette.paint(error.description, [.bold, .red]) + "\n"
  }

  /// The closing line over all lessons.
  public func renderSummary(_ report: WorkbookReport) -> String {
    var text = summaryText(report.totals)
    if report.rejected.count > 0 {
      text += ", \(report.rejected.count) lesson\(report.rejected.count == 1 ? "" : "s") could not be read"
    }
    var line = palette.paint(text, report.exitCode == 0 ? [.bold, .green] : [.bold, .red])
    if options.showsTimings {
      line += palette.paint(" in " + TerminalOptions.formatSeconds(report.duration), .dim)
    }
    return line + "\n"
  }

  func summaryText(_ totals: StatusTotals) -> String {
    var parts = ["\(totals.passed) passed", "\(totals.failures) failed"]
    if totals.unchecked > 0 { parts.append("\(totals.unchecked) unchecked") }
    if totals.skipped > 0 { parts.append("\(totals.skipped) skipped") }
    return parts.joined(separator: ", ")
  }

  // MARK: Blocks

  /// Lines for a sequence of blocks, separated by blank lines.
  func blockLines(
    _ blocks: [MarkdownNode], report: LessonReport?, firstPrefix: String, restPrefix: String,
    tight: Bool = false
  ) -> [String] {
    var lines: [String] = []
    let blankLine = String(restPrefix.reversed().drop { $0 == " " }.reversed())
    for block in blocks {
      let rendered = self.block(
        block, report: report, firstPrefix: lines.isEmpty ? firstPrefix : restPrefix, restPrefix: restPrefix)
      guard !rendered.isEmpty else { continue }
      if !lines.isEmpty, !tight { lines.append(blankLine) }
      lines += rendered
    }
    return lines
  }

  func block(_ node: MarkdownNode, report: LessonReport?, firstPrefix: String, restPrefix: String) -> [String]
  {
    let available = max(10, options.width - DisplayWidth.of(restPrefix))
    switch node.kind {
    case .paragraph:
      return wrapped(
        inline(node.children), width: available, firstPrefix: firstPrefix, restPrefix: restPrefix)
    case .heading:
      let style: TextStyle = node.headingLevel <= 2 ? [.bold, .magenta] : [.bold]
      var text = StyledText()
      for piece in inline(node.children).pieces { text.append(piece.text, piece.style.union(style)) }
      var lines = wrapped(text, width: available, firstPrefix: firstPrefix, restPrefix: restPrefix)
      if node.headingLevel <= 2 {
        let underline = min(available, DisplayWidth.of(text.plain))
        lines.append(
          restPrefix
            + palette.paint(String(repeating: node.headingLevel == 1 ? "═" : "─", count: underline), .magenta)
        )
      }
      return lines
    case .blockQuote:
      let bar = palette.paint("│ ", .dim)
      return blockLines(
        node.children, report: report, firstPrefix: firstPrefix + bar, restPrefix: restPrefix + bar)
    case .list:
      var lines: [String] = []
      var number = node.listStart
      for item in node.children {
        let marker = node.isOrderedList ? "\(number). " : "• "
        number = number < Int.max ? number + 1 : number
        let indent = String(repeating: " ", count: DisplayWidth.of(marker))
        let itemLines = blockLines(
          item.children, report: report,
          firstPrefix: (lines.isEmpty ? firstPrefix : restPrefix) + palette.paint(marker, .bold),
          restPrefix: restPrefix + indent, tight: node.isTightList)
        if !lines.isEmpty, !node.isTightList {
          lines.append(String(restPrefix.reversed().drop { $0 == " " }.reversed()))
        }
        lines += itemLines.isEmpty ? [firstPrefix + marker] : itemLines
      }
      return lines
    case .item:
      return blockLines(node.children, report: report, firstPrefix: firstPrefix, restPrefix: restPrefix)
    case .codeBlock:
      return codeBlock(node, report: report, firstPrefix: firstPrefix, restPrefix: restPrefix)
    case .thematicBreak:
      return [firstPrefix + palette.paint(String(repeating: "─", count: min(available, 40)), .dim)]
    case .htmlBlock:
      return codeLines(node.literal).enumerated().map {
        ($0.offset == 0 ? firstPrefix : restPrefix) + palette.paint($0.element, .dim)
      }
    default:
      return wrapped(inline([node]), width: available, firstPrefix: firstPrefix, restPrefix: restPrefix)
    }
  }

  func wrapped(_ text: StyledText, width: Int, firstPrefix: String, restPrefix: String) -> [String] {
    TextWrapper.wrap(text, width: width).enumerated().map {
      ($0.offset == 0 ? firstPrefix : restPrefix) + $0.element.painted(palette)
    }
  }

  // MARK: Inlines

  func inline(_ nodes: [MarkdownNode], style: TextStyle = []) -> StyledText {
    var text = StyledText()
    for node in nodes {
      switch node.kind {
      case .text: text.append(node.literal, style)
      case .softBreak: text.append(" ", style)
      case .lineBreak: text.append("\n", style)
      case .code: text.append(node.literal.replacingNewlines(), style.union(.cyan))
      case .emphasis: text.append(inline(node.children, style: style.union(.italic)))
      case .strong: text.append(inline(node.children, style: style.union(.bold)))
      case .link:
        let label = inline(node.children, style: style.union([.underline, .blue]))
        text.append(label)
        if !node.url.isEmpty, node.url != label.plain, "mailto:" + label.plain != node.url {
          text.append(" (" + node.url + ")", style.union(.dim))
        }
      case .image:
        text.append("[image: " + node.plainText + "]", style.union(.dim))
        if !node.url.isEmpty { text.append(" (" + node.url + ")", style.union(.dim)) }
      case .htmlInline: text.append(node.literal, style.union(.dim))
      default: text.append(inline(node.children, style: style))
      }
    }
    return text
  }

  // MARK: Code and cells

  func codeLines(_ literal: String) -> [String] {
    var lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  func codeBlock(_ node: MarkdownNode, report: LessonReport?, firstPrefix: String, restPrefix: String)
    -> [String]
  {
    guard let lesson = report?.lesson, let role = lesson.role(ofCodeBlockAt: node.range.startLine) else {
      return codeLines(node.literal).enumerated().map {
        ($0.offset == 0 ? firstPrefix : restPrefix) + "    " + palette.paint($0.element, .cyan)
      }
    }
    switch role {
    case .expectation:
      return []
    case .hint(_, let hintIndex):
      var text = StyledText("Hint \(hintIndex + 1): ", [.bold, .yellow])
      text.append(node.literal.trimmingTrailingNewlines(), .yellow)
      let available = max(10, options.width - DisplayWidth.of(restPrefix))
      return wrapped(text, width: available, firstPrefix: firstPrefix, restPrefix: restPrefix)
    case .cell(let index):
      guard let report, let cellReport = report.report(forCell: index) else { return [] }
      var lines = cellLines(cellReport)
      if !lines.isEmpty { lines[0] = firstPrefix + lines[0] }
      for position in lines.indices.dropFirst() { lines[position] = restPrefix + lines[position] }
      return lines
    }
  }

  /// A cell: its code behind a gutter (hidden for solutions and checks), its output, warnings, error and verdict.
  func cellLines(_ report: CellReport) -> [String] {
    let cell = report.cell
    let gutter = palette.paint("│ ", .dim)
    var lines: [String] = []
    switch cell.kind {
    case .exercise:
      var title = "✎ Exercise"
      if let id = cell.id { title += " " + id }
      if let points = cell.points { title += " (\(points) point\(points == 1 ? "" : "s"))" }
      lines.append(palette.paint(title, [.bold, .magenta]))
      lines += codeLines(cell.code).map { gutter + $0 }
      return lines
    case .solution, .check:
      lines.append(palette.paint(cell.kind == .solution ? "(solution hidden)" : "(checks hidden)", .dim))
    case .code:
      lines += codeLines(cell.code).map { gutter + $0 }
    }
    if let result = report.result, cell.kind == .code {
      lines += codeLines(result.output)
      lines += result.warnings.map { palette.paint($0, .yellow) }
      if let error = result.error {
        lines.append(palette.paint(error.text, .red) + palette.paint(" (line \(error.line))", .dim))
      }
    }
    if report.status != .unchecked || options.showsTimings { lines.append(verdictLine(report)) }
    if report.status.isFailure {
      if cell.kind != .code {
        // The diff of a hidden solution or check would give the answer away.
        lines.append(
          palette.paint("  the lesson's reference answer fails here; `gradbook check` shows why", .dim))
      } else {
        // An unexpected error is already shown in red above the verdict; repeat only what adds information.
        for mismatch in report.mismatches where mismatch.hasFence || mismatch.kind != .error {
          lines += MismatchDescription.lines(mismatch, palette: palette, indent: "  ")
        }
      }
    }
    return lines
  }

  func verdictLine(_ report: CellReport) -> String {
    var line: String
    switch report.status {
    case .passed: line = palette.paint("✓ passed", .green)
    case .failed: line = palette.paint("✗ failed", [.bold, .red])
    case .error: line = palette.paint("✗ unexpected error", [.bold, .red])
    case .unchecked: line = palette.paint("· ran (nothing to check)", .dim)
    case .skipped: line = palette.paint("– skipped (not run)", .dim)
    }
    if options.showsTimings, report.result != nil {
      line += palette.paint(" " + TerminalOptions.formatSeconds(report.duration), .dim)
    }
    return line
  }
}

extension String {
  func replacingNewlines() -> String {
    String(map { $0 == "\n" ? " " : $0 })
  }

  func trimmingTrailingNewlines() -> String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}
