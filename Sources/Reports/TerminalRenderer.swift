import TorchBindings
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
    var stream = TerminalLessonStream(renderer: self, lesson: report.lesson)
    return stream.start() + stream.finish(report)
  }

  /// The lines above a lesson: its file and its findings, then a blank line.
  func header(_ lesson: Lesson) -> String {
    var lines: [String] = [palette.paint(ControlCharacters.visibleLine(lesson.file), .dim)]
    for finding in lesson.findings {
      let style: TextStyle = finding.severity == .warning ? .yellow : .dim
      lines.append(palette.paint(ControlCharacters.visibleLine(finding.description), style))
    }
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// The lesson's closing line: ✓/✗ and its counts.
  func footer(_ report: LessonReport) -> String {
    let phrasebook = Phrasebook(for: report.lesson)
    let counts = summaryText(report.totals, phrasebook: phrasebook)
    var summary = verdictMark(failed: report.totals.failures > 0) + " "
    summary += palette.paint(counts, report.totals.failures > 0 ? [.bold, .red] : [.bold, .green])
    let time = options.showsTimings ? phrasebook.took(TerminalOptions.formatSeconds(report.duration)) : ""
    // The file is named at the top already; repeated here only when it fits on the line.
    let file = "  " + ControlCharacters.visibleLine(report.lesson.file)
    let fits = DisplayWidth.of(counts + file + time) + 2 <= options.width
    summary += palette.paint((fits ? file : "") + time, .dim)
    let tally = CheckTally(report)
    if !tally.isEmpty { summary += "\n  " + phrasebook.checkTally(tally) }
    return summary + "\n"
  }

  /// `file: error: message` for a lesson that could not be loaded.
  public func render(_ error: LessonError) -> String {
    palette.paint(ControlCharacters.visibleLine(error.description), [.bold, .red]) + "\n"
  }

  /// The closing table over all lessons: one `✓`/`✗` row per lesson, then the totals.
  public func renderSummary(_ report: WorkbookReport) -> String {
    let phrasebook = Phrasebook(for: report)
    let paths = report.outcomes.map { ControlCharacters.visibleLine(Self.file($0)) }
    // The folder all lessons share is said once, in the rule above the rows.
    let folder = Self.commonFolder(paths)
    let files = paths.map { String($0.dropFirst(folder.count)) }
    // Long paths are not padded: the counts then simply follow them.
    let fileColumn = min(48, files.map { DisplayWidth.of($0) }.max() ?? 0)
    let rule = folder.isEmpty ? "" : "── " + folder + " "
    let ruleWidth = max(min(options.width, 60), DisplayWidth.of(rule))
    var lines = [
      palette.paint(rule + String(repeating: "─", count: ruleWidth - DisplayWidth.of(rule)), .dim)
    ]
    // The ✓ already says nothing failed.
    let counts = report.outcomes.map { outcome -> String in
      guard case .ran(let lesson) = outcome else { return "" }
      return summaryText(lesson.totals, showsZeroFailures: false, phrasebook: phrasebook)
    }
    let countsColumn = counts.map { DisplayWidth.of($0) }.max() ?? 0
    for (index, (outcome, file)) in zip(report.outcomes, files).enumerated() {
      let failed: Bool
      var detail: String
      switch outcome {
      case .ran(let lesson):
        failed = lesson.totals.failures > 0
        detail = counts[index]
        if options.showsTimings {
          let padding = String(repeating: " ", count: max(0, countsColumn - DisplayWidth.of(detail)))
          let seconds = TerminalOptions.formatSeconds(lesson.duration)
          detail +=
            padding + palette.paint(String(repeating: " ", count: max(0, 9 - seconds.count)) + seconds, .dim)
        }
      case .rejected(let error):
        failed = true
        let message = ControlCharacters.visibleLine(error.message)
        detail = palette.paint(phrasebook.notRun(line: error.location?.line, message: message), .red)
      }
      let padding = String(repeating: " ", count: max(0, fileColumn - DisplayWidth.of(file)))
      let row = verdictMark(failed: failed) + " " + file + padding + "  " + detail
      if DisplayWidth.of(row) <= options.width {
        lines.append(row)
      } else {
        // Too wide for one line: the details go below the file, indented, instead of wrapping anywhere.
        lines.append(verdictMark(failed: failed) + " " + file)
        lines.append("    " + detail)
      }
    }
    var text = summaryText(report.totals, phrasebook: phrasebook)
    if report.rejected.count > 0 { text += phrasebook.unreadableLessons(report.rejected.count) }
    let tally = CheckTally(report)
    if !tally.isEmpty { lines.append("  " + phrasebook.checkTally(tally)) }
    var total = verdictMark(failed: report.exitCode != 0) + " "
    total += palette.paint(text, report.exitCode == 0 ? [.bold, .green] : [.bold, .red])
    if options.showsTimings {
      total += palette.paint(phrasebook.took(TerminalOptions.formatSeconds(report.duration)), .dim)
    }
    lines.append(total)
    return lines.joined(separator: "\n") + "\n"
  }

  static func file(_ outcome: LessonOutcome) -> String {
    switch outcome {
    case .ran(let report): return report.lesson.file
    case .rejected(let error): return error.file
    }
  }

  func verdictMark(failed: Bool) -> String {
    failed ? palette.paint("✗", [.bold, .red]) : palette.paint("✓", [.bold, .green])
  }

  /// The folder prefix (ending with `/`) every path starts with, or empty.
  static func commonFolder(_ paths: [String]) -> String {
    guard var prefix = paths.first.map({ Substring($0) }) else { return "" }
    for path in paths.dropFirst() {
      while !path.hasPrefix(prefix) { prefix = prefix.dropLast() }
    }
    guard let slash = prefix.lastIndex(of: "/") else { return "" }
    return String(prefix[...slash])
  }

  func summaryText(
    _ totals: StatusTotals, showsZeroFailures: Bool = true, phrasebook: Phrasebook = Phrasebook()
  )
    -> String
  {
    var parts = [phrasebook.passedCount(totals.passed)]
    if totals.failures > 0 || showsZeroFailures { parts.append(phrasebook.failedCount(totals.failures)) }
    if totals.unchecked > 0 { parts.append(phrasebook.uncheckedCount(totals.unchecked)) }
    if totals.skipped > 0 { parts.append(phrasebook.skippedCount(totals.skipped)) }
    return parts.joined(separator: ", ")
  }

  // MARK: Blocks

  /// Prose blocks (paragraphs, lists, headings, code shown as prose) laid out as `run` shows them, for screens that
  /// show part of a lesson (`gradbook study`).
  public func proseLines(_ blocks: [MarkdownNode]) -> [String] {
    blockLines(blocks, report: nil, firstPrefix: "", restPrefix: "")
  }

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
    let available = max(10, options.proseWidth - DisplayWidth.of(restPrefix))
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
      case .text: text.append(ControlCharacters.visible(node.literal), style)
      case .softBreak: text.append(" ", style)
      case .lineBreak: text.append("\n", style)
      case .code: text.append(ControlCharacters.visible(node.literal.replacingNewlines()), style.union(.cyan))
      case .emphasis: text.append(inline(node.children, style: style.union(.italic)))
      case .strong: text.append(inline(node.children, style: style.union(.bold)))
      case .link:
        let label = inline(node.children, style: style.union([.underline, .blue]))
        text.append(label)
        let url = ControlCharacters.visibleLine(node.url)
        if !url.isEmpty, !url.hasSameScalars(as: label.plain),
          !("mailto:" + label.plain).hasSameScalars(as: url)
        {
          text.append(" (" + url + ")", style.union(.dim))
        }
      case .image:
        text.append("[image: " + ControlCharacters.visible(node.plainText) + "]", style.union(.dim))
        if !node.url.isEmpty {
          text.append(" (" + ControlCharacters.visibleLine(node.url) + ")", style.union(.dim))
        }
      case .htmlInline: text.append(ControlCharacters.visible(node.literal), style.union(.dim))
      default: text.append(inline(node.children, style: style))
      }
    }
    return text
  }

  // MARK: Code and cells

  /// The lines of code, output or a message, with their control characters made visible.
  func codeLines(_ literal: String) -> [String] {
    var lines = ControlCharacters.visible(literal).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
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
    case .hint(let exerciseIndex, let hintIndex):
      // Folded: a learner asks for hints one at a time, after trying, so the first hint's place says how to.
      guard hintIndex == 0, lesson.cells.indices.contains(exerciseIndex) else { return [] }
      let count = lesson.cells[exerciseIndex].hints.count
      let command =
        "gradbook hint " + ControlCharacters.visibleLine(lesson.exerciseReference(at: exerciseIndex))
      let text = StyledText(Phrasebook(for: lesson).foldedHints(count, command: command), .yellow)
      let available = max(10, options.proseWidth - DisplayWidth.of(restPrefix))
      return wrapped(text, width: available, firstPrefix: firstPrefix, restPrefix: restPrefix)
    case .cell(let index):
      guard let report, let cellReport = report.report(forCell: index) else { return [] }
      let width = max(10, options.width - DisplayWidth.of(restPrefix))
      var lines = cellLines(cellReport, file: lesson.file, width: width, phrasebook: Phrasebook(for: lesson))
      if !lines.isEmpty { lines[0] = firstPrefix + lines[0] }
      for position in lines.indices.dropFirst() { lines[position] = restPrefix + lines[position] }
      return lines
    }
  }

  /// A cell: its code behind a gutter (hidden for solutions and checks), its output, warnings, error and verdict,
  /// laid out within `width` columns.
  func cellLines(_ report: CellReport, file: String, width: Int, phrasebook: Phrasebook = Phrasebook())
    -> [String]
  {
    let cell = report.cell
    var lines: [String] = []
    // Starter code is shown; when it has no solution (a learner's copy) it runs and shows what it produced.
    let showsCode = cell.kind == .code || cell.kind == .exercise
    switch cell.kind {
    case .exercise:
      let title = phrasebook.exerciseTitle(id: cell.id, points: cell.points)
      lines.append(palette.paint(title, [.bold, .magenta]))
      guard report.result != nil else { return lines + codeLines(cell, width: width, raisingLine: nil) }
    case .solution, .check:
      let hidden = cell.kind == .solution ? phrasebook.solutionHidden : phrasebook.checksHidden
      lines.append(palette.paint("(" + hidden + ")", .dim))
    case .code:
      break
    }
    if showsCode {
      let raisingLine = report.status == .error ? report.result?.error?.line : nil
      lines += codeLines(cell, width: width, raisingLine: raisingLine)
    }
    if let result = report.result, showsCode {
      lines += codeLines(result.output)
      for warning in result.warnings { lines += messageLines(warning, style: .yellow, width: width) }
      if let error = result.error { lines += messageLines(error.text, style: .red, width: width) }
    }
    lines += caseLines(report, width: width, phrasebook: phrasebook)
    if case .success(let graph) = report.graph { lines += graphLines(graph, width: width, phrasebook: phrasebook) }
    if report.status != .unchecked || options.showsTimings {
      lines.append(verdictLine(report, file: file, phrasebook: phrasebook))
    }
    if report.status.isFailure {
      if cell.kind == .solution {
        // The diff of a hidden solution would give the answer away.
        lines.append(palette.paint("  " + phrasebook.referenceAnswerFails, .dim))
      } else if cell.kind == .check {
        // Each case above already says what went wrong; a check's code stays hidden.
      } else {
        // An unexpected error is already shown in red above the verdict; repeat only what adds information.
        for mismatch in report.mismatches where mismatch.hasFence || mismatch.kind != .error {
          lines += MismatchDescription.lines(mismatch, palette: palette, indent: "  ", phrasebook: phrasebook)
        }
      }
    }
    return lines
  }

  /// One `✓ name` or `✗ name` line per case of a check, each failure followed by its explanation.
  func caseLines(_ report: CellReport, width: Int, phrasebook: Phrasebook) -> [String] {
    var lines: [String] = []
    for checkCase in report.cases {
      let passed = checkCase.status == .pass
      let mark = passed ? palette.paint("✓", .green) : palette.paint("✗", [.bold, .red])
      let name = ControlCharacters.visibleLine(phrasebook.caseName(checkCase, hidden: report.cell.isHidden))
      lines.append(mark + " " + name)
      if let explanation = checkCase.explanation(hidden: report.cell.isHidden) {
        lines += messageLines(explanation, style: .red, width: max(10, width - 2)).map { "  " + $0 }
      }
    }
    return lines
  }

  /// The graph drawn after a cell: a dim heading, then its text form (a tree) in cyan, long lines continued on `↪`
  /// lines.
  func graphLines(_ graph: AutogradGraph, width: Int, phrasebook: Phrasebook) -> [String] {
    var lines = [palette.paint(phrasebook.graphHeading + ":", .dim)]
    for line in codeLines(graph.text) {
      for (part, piece) in Self.split(line, width: max(8, width - 2)).enumerated() {
        lines.append((part == 0 ? "" : palette.paint("↪ ", .dim)) + palette.paint(piece, .cyan))
      }
    }
    return lines
  }

  /// The cell's code behind a `│` gutter; `▶` marks the line that raised an unexpected error, and lines wider than
  /// `width` continue on `↪` lines (broken after a space when there is one) instead of the terminal's gutterless wrap.
  func codeLines(_ cell: Cell, width: Int, raisingLine: Int?) -> [String] {
    var lines: [String] = []
    for (offset, line) in codeLines(cell.code).enumerated() {
      let (fileLine, overflow) = cell.codeStartLine.addingReportingOverflow(offset)
      let raised = !overflow && fileLine == raisingLine
      let gutter = raised ? palette.paint("▶ ", [.bold, .red]) : palette.paint("│ ", .dim)
      for (part, piece) in Self.split(line, width: max(8, width - 2)).enumerated() {
        lines.append((part == 0 ? gutter : palette.paint("↪ ", .dim)) + piece)
      }
    }
    return lines
  }

  /// `line` in pieces of at most `width` columns, each break at the last space of a piece (which is dropped) when
  /// that space is in the piece's second half.
  static func split(_ line: String, width: Int) -> [String] {
    guard DisplayWidth.of(line) > width else { return [line] }
    var pieces: [String] = []
    var current: [Character] = []
    var currentWidth = 0
    for character in line {
      let columns = DisplayWidth.of(character)
      if currentWidth + columns > width, !current.isEmpty {
        var breakAt = current.count
        var resumeAt = breakAt
        // The space a line breaks at is dropped, as in prose: no line ends with an invisible blank.
        if let space = current.lastIndex(of: " "), space >= current.count / 2 {
          (breakAt, resumeAt) = (space, space + 1)
        }
        pieces.append(String(current[..<breakAt]))
        current = Array(current[resumeAt...])
        currentWidth = current.reduce(0) { $0 + DisplayWidth.of($1) }
      }
      current.append(character)
      currentWidth += columns
    }
    if !current.isEmpty { pieces.append(String(current)) }
    return pieces
  }

  /// A warning or error message: a line that fits is left as it is; a longer one is wrapped at spaces, its
  /// continuation lines indented by two columns.
  func messageLines(_ message: String, style: TextStyle, width: Int) -> [String] {
    var lines: [String] = []
    for line in codeLines(message) {
      guard DisplayWidth.of(line) > width else {
        lines.append(palette.paint(line, style))
        continue
      }
      for (index, piece) in TextWrapper.wrap(StyledText(line, style), width: max(10, width - 2)).enumerated()
      {
        lines.append((index == 0 ? "" : "  ") + piece.painted(palette))
      }
    }
    return lines
  }

  func verdictLine(_ report: CellReport, file: String, phrasebook: Phrasebook = Phrasebook()) -> String {
    var line: String
    switch report.status {
    case .passed: line = palette.paint(phrasebook.passed, .green)
    case .failed: line = palette.paint(phrasebook.failed, [.bold, .red])
    case .error:
      line = palette.paint(phrasebook.unexpectedError, [.bold, .red])
      if let error = report.result?.error {
        let location = SourceLocation(file: file, line: error.line, column: error.column)
        line += palette.paint(ControlCharacters.visibleLine(phrasebook.raised(at: location)), .red)
      }
    case .unchecked: line = palette.paint("· " + phrasebook.ranUnchecked, .dim)
    case .skipped: line = palette.paint(phrasebook.skippedNotRun, .dim)
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
