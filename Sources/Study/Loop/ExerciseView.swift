import PythonRuntime
import Reports
import Workbook

/// The open exercise on the study screen: where it is, its statement, how its code did, its checks and the hints
/// seen, as sections `StudyScreen` fits into the rows it has.
struct ExerciseView {
  let screen: StudyScreen
  let session: StudySession
  let outcome: ExerciseOutcome

  private var palette: TerminalPalette { screen.palette }
  private var lesson: Lesson { session.status.lesson(of: outcome).lesson }
  private var cell: Cell { session.status.cell(of: outcome) }
  private var phrasebook: Phrasebook { Phrasebook(for: lesson) }

  func sections() -> [StudyScreen.Section] {
    var sections = [StudyScreen.Section(Array(place().prefix(1)))]
    sections.append(StudyScreen.Section(Array(place().dropFirst()), cut: .drop, priority: 0))
    sections.append(StudyScreen.Section(title()))
    let statement = self.statement()
    if !statement.isEmpty { sections.append(StudyScreen.Section(statement, cut: .keepStart, priority: 1)) }
    sections.append(
      StudyScreen.Section(screen.wrap(phrasebook.editHere(location(cell.location.line)), style: .dim)))
    sections.append(StudyScreen.Section([""] + verdict()))
    if let code = outcome.code { sections += codeSections(code) }
    if !outcome.checks.isEmpty || outcome.hiddenAtGrading > 0 {
      sections.append(StudyScreen.Section(checks(), cut: .keepStart, priority: 4))
    }
    let hints = session.shownHints
    if !hints.isEmpty {
      var lines: [String] = []
      for (number, hint) in hints.enumerated() {
        var text = StyledText(phrasebook.hint(number + 1) + ": ", [.bold, .yellow])
        text.append(ControlCharacters.visible(hint.trimmingCharacters(in: .newlines)), .yellow)
        lines += TextWrapper.wrap(text, width: screen.columns).map { $0.painted(palette) }
      }
      sections.append(StudyScreen.Section(lines, cut: .keepEnd, priority: 3))
    }
    return sections
  }

  private func location(_ line: Int, column: Int? = nil) -> String {
    ControlCharacters.visibleLine(lesson.file + ":\(line)" + (column.map { ":\($0)" } ?? ""))
  }

  /// The lesson, and the sections before the exercise that this screen does not show.
  private func place() -> [String] {
    var lines = [
      palette.paint(
        StudyListRenderer.cut(
          ControlCharacters.visibleLine(lesson.file + " · " + lesson.title), to: screen.columns), .dim)
    ]
    let skipped = headings(before: sectionStart()).filter { $0 != lesson.title }
    if !skipped.isEmpty {
      lines += screen.wrap(phrasebook.skippedSections(skipped, file: lesson.file), style: .dim)
    }
    return lines
  }

  private func title() -> [String] {
    let heading = lesson.heading(before: cell.location.line)
    var details = [
      lesson.exerciseName(at: outcome.cellIndex), phrasebook.points(outcome.score, of: outcome.maxScore),
    ]
    if !cell.hints.isEmpty { details.append(phrasebook.hintCount(cell.hints.count)) }
    var text = StyledText("✎ " + ControlCharacters.visibleLine(heading), [.bold, .magenta])
    text.append(" · " + ControlCharacters.visibleLine(details.joined(separator: " · ")), .dim)
    return TextWrapper.wrap(text, width: screen.columns).map { $0.painted(palette) }
  }

  /// The line of the heading that opens the exercise's part of the lesson (0 when none does).
  private func sectionStart() -> Int {
    var start = 0
    func visit(_ nodes: [MarkdownNode]) {
      for node in nodes where node.range.startLine < cell.location.line {
        if node.kind == .heading { start = node.range.startLine }
        visit(node.children)
      }
    }
    visit(lesson.document.children)
    return start
  }

  /// Headings of the lesson above `line`, level 2 and 3.
  private func headings(before line: Int) -> [String] {
    lesson.document.children.filter {
      $0.kind == .heading && $0.headingLevel >= 2 && $0.headingLevel <= 3 && $0.range.startLine < line
    }
    .map(\.plainText)
  }

  /// The prose between the exercise's heading (or the cell before it) and its fence.
  private func statement() -> [String] {
    var start = sectionStart()
    for node in lesson.document.children
    where node.kind == .codeBlock && node.range.startLine < cell.location.line {
      if lesson.role(ofCodeBlockAt: node.range.startLine) != nil { start = max(start, node.range.endLine) }
    }
    let blocks = lesson.prose.filter {
      $0.range.startLine > start && $0.range.startLine < cell.location.line && $0.kind != .heading
    }
    return TerminalRenderer(options: screen.options).proseLines(blocks)
  }

  private func verdict() -> [String] {
    var lines: [String]
    switch outcome.state {
    case .passed: lines = [palette.paint(phrasebook.passed, [.bold, .green])]
    case .failed: lines = [palette.paint(phrasebook.notPassingYet, [.bold, .red])]
    case .notStarted: lines = [palette.paint(phrasebook.notStartedYet, .dim)]
    }
    if outcome.isUpdated { lines += screen.wrap(phrasebook.exerciseUpdatedNote, style: .yellow) }
    return lines
  }

  /// What the exercise's code did: an error with its place, differences from its target, what it printed.
  private func codeSections(_ code: CellReport) -> [StudyScreen.Section] {
    guard let result = code.result, outcome.state != .notStarted || result.error != nil else { return [] }
    var sections: [StudyScreen.Section] = []
    if let error = result.error, code.cell.expectation(.error) == nil {
      var lines = screen.wrap("✗ " + error.text, style: [.bold, .red])
      lines.append(
        palette.paint("  " + phrasebook.raisedAt(location(error.line, column: error.column)), .red))
      sections.append(StudyScreen.Section(lines))
    }
    var diff: [String] = []
    for mismatch in code.mismatches where mismatch.hasFence {
      diff += MismatchDescription.lines(mismatch, palette: palette, indent: "  ", phrasebook: phrasebook)
    }
    if !diff.isEmpty { sections.append(StudyScreen.Section(diff, cut: .keepStart, priority: 5)) }
    if code.cell.expectations.isEmpty, !result.output.isEmpty {
      var lines = [palette.paint(phrasebook.printed, .bold)]
      var printed = ControlCharacters.visible(result.output).split(
        separator: "\n", omittingEmptySubsequences: false)
      if printed.last == "" { printed.removeLast() }
      lines += printed.map { "  " + $0 }
      sections.append(StudyScreen.Section(lines, cut: .keepStart, priority: 2))
    }
    return sections
  }

  private func checks() -> [String] {
    let passed = outcome.checks.filter { $0.status == .pass }.count
    var lines = [
      palette.paint(
        phrasebook.checksSummary(passed: passed, of: outcome.checks.count, hidden: outcome.hiddenAtGrading),
        .bold)
    ]
    // What fails comes first: it is what the learner works on, and it survives a short screen.
    let ordered = outcome.checks.filter { $0.status != .pass } + outcome.checks.filter { $0.status == .pass }
    for check in ordered {
      let mark =
        check.status == .pass ? palette.paint("✓", [.bold, .green]) : palette.paint("✗", [.bold, .red])
      lines.append(
        "  " + mark + " "
          + StudyListRenderer.cut(ControlCharacters.visibleLine(check.name), to: screen.columns - 4))
      if let message = check.message, check.status != .pass {
        lines += screen.wrap(message, style: .red, indent: "      ")
      }
    }
    return lines
  }
}
