import Workbook

/// One lesson of an HTML report: its prose (from cmark's parse, with raw HTML shown as text and only safe links kept),
/// its headings with the outline's anchors, its cells, and each exercise boxed with what belongs to it.
struct HTMLLessonRenderer {
  let report: LessonReport
  let anchors: ReportOutline.LessonAnchors
  let outline: ReportOutline.Entry
  let cells: HTMLCellRenderer
  let audience: ReportAudience
  let grades: ExerciseScores

  /// Each exercise's solution, by the exercise's cell index: found once, since every cell asks.
  private let solutions: [Int: Cell]

  init(
    report: LessonReport, anchors: ReportOutline.LessonAnchors, outline: ReportOutline.Entry,
    cells: HTMLCellRenderer,
    audience: ReportAudience, grades: ExerciseScores
  ) {
    self.report = report
    self.anchors = anchors
    self.outline = outline
    self.cells = cells
    self.audience = audience
    self.grades = grades
    var solutions: [Int: Cell] = [:]
    for cell in report.lesson.cells where cell.kind == .solution {
      if let exercise = cell.exerciseIndex, solutions[exercise] == nil { solutions[exercise] = cell }
    }
    self.solutions = solutions
  }

  private var lesson: Lesson { report.lesson }
  private var phrasebook: Phrasebook { cells.phrasebook }

  func render() -> String {
    var html =
      "<article class=\"lesson\" id=\"\(escape(anchors.lesson))\" lang=\"\(lesson.language.rawValue)\">\n"
    html += "<p class=\"file\"><code>\(escape(lesson.file))</code>"
    html += "<span class=\"lesson-verdict \(outline.mark.rawValue)\">" + escape(summary()) + "</span></p>\n"
    if audience.showsFindings, !lesson.findings.isEmpty {
      html += "<div class=\"findings\"><p>" + escape(phrasebook.findingsTitle) + "</p><ul>\n"
      for finding in lesson.findings { html += "<li>" + escape(finding.description) + "</li>\n" }
      html += "</ul></div>\n"
    }
    return html + blocks(lesson.document.children) + "</article>\n"
  }

  /// `✓ 12 passed, 0 failed · 3/3 points`.
  private func summary() -> String {
    let totals = StatusTotals(
      report.cells.filter { ReportOutline.counts($0, in: lesson, audience: audience) }.map(\.status))
    var parts = [phrasebook.passedCount(totals.passed), phrasebook.failedCount(totals.failures)]
    if totals.unchecked > 0 { parts.append(phrasebook.uncheckedCount(totals.unchecked)) }
    var text = outline.mark.symbol + " " + parts.joined(separator: ", ")
    if let score = outline.score {
      text += " · " + phrasebook.points(earned: score.earned, possible: score.possible)
    }
    return text
  }

  /// Blocks in order; an exercise's starter code gathers the solution, checks, targets and hints that follow it.
  func blocks(_ nodes: [MarkdownNode]) -> String {
    var html = ""
    var index = 0
    while index < nodes.count {
      let node = nodes[index]
      if node.kind == .codeBlock,
        case .cell(let cellIndex)? = lesson.role(ofCodeBlockAt: node.range.startLine),
        lesson.cells[cellIndex].kind == .exercise
      {
        var members: [MarkdownNode] = [node]
        index += 1
        while index < nodes.count, belongs(nodes[index], toExercise: cellIndex) {
          members.append(nodes[index])
          index += 1
        }
        html += exercise(cellIndex, members)
        continue
      }
      html += block(node)
      index += 1
    }
    return html
  }

  /// Whether `node` is a solution, check, expectation or hint of exercise `exercise`.
  private func belongs(_ node: MarkdownNode, toExercise exercise: Int) -> Bool {
    guard node.kind == .codeBlock, let role = lesson.role(ofCodeBlockAt: node.range.startLine) else {
      return false
    }
    switch role {
    case .cell(let index):
      return lesson.cells[index].exerciseIndex == exercise && lesson.cells[index].kind != .exercise
    case .expectation(let cellIndex, _):
      return cellIndex == exercise || lesson.cells[cellIndex].exerciseIndex == exercise
    case .hint(let exerciseIndex, _): return exerciseIndex == exercise
    }
  }

  /// An exercise's box: its title, points and mark, then its parts as the audience may see them.
  private func exercise(_ index: Int, _ members: [MarkdownNode]) -> String {
    let cell = lesson.cells[index]
    let solved = solutions[index] != nil
    let (mark, score) =
      anchors.exerciseStatuses[index] ?? (.none, ReportOutline.Score(earned: nil, possible: 0))
    let anchor = anchors.exercises[index] ?? anchors.lesson
    var html = "<section class=\"exercise \(mark.rawValue)\" id=\"\(escape(anchor))\">\n<header>"
    html += "<span class=\"title\">" + escape(phrasebook.exerciseTitle(id: cell.id, points: nil)) + "</span>"
    html +=
      "<span class=\"points\">"
      + escape(mark.symbol + " " + phrasebook.points(earned: score.earned, possible: score.possible))
    html += "</span></header>\n"
    let targets = audience.showsSolutions ? [] : self.targets(of: index)
    for node in members {
      guard let role = lesson.role(ofCodeBlockAt: node.range.startLine) else { continue }
      switch role {
      case .cell(let cellIndex):
        guard let cellReport = report.report(forCell: cellIndex) else { continue }
        let kind = cellReport.cell.kind
        if kind == .solution, !audience.showsSolutions { continue }
        if kind == .check, cellReport.cell.isHidden, !audience.showsHiddenChecks { continue }
        if kind == .check, !audience.showsSolutions, !cellReport.cell.isHidden {
          html += "<details class=\"checks\"><summary>" + escape(phrasebook.checksTitle) + "</summary>\n"
          html += cells.cell(cellReport, file: lesson.file, solved: solved) + "</details>\n"
          continue
        }
        html += cells.cell(cellReport, file: lesson.file, solved: solved)
        if kind == .exercise, !targets.isEmpty {
          html += "<div class=\"target\"><p>" + escape(phrasebook.target) + "</p>"
          for text in targets { html += "<pre class=\"output\">" + escape(text) + "</pre>" }
          html += "</div>\n"
        }
      case .expectation:
        continue
      case .hint(_, let hintIndex):
        html +=
          "<details class=\"hint\"><summary>" + escape(phrasebook.hint(hintIndex + 1)) + "</summary>\n<p>"
        html += escape(node.literal) + "</p></details>\n"
      }
    }
    if audience == .feedback, let graded = cell.id.flatMap(grades.score(exercise:)) {
      html += HTMLFeedback.cases(graded, phrasebook: phrasebook)
    }
    return html + "</section>\n"
  }

  /// What a learner is shown as the exercise's goal: the output fences of its solution (as `gradbook release` keeps
  /// them), or of the starter code itself when it did not run.
  private func targets(of exercise: Int) -> [String] {
    if let starter = report.report(forCell: exercise), starter.status != .skipped { return [] }
    let solution = solutions[exercise]
    let fences = solution?.expectations ?? lesson.cells[exercise].expectations
    return fences.filter { $0.kind != .graph }.map(\.text)
  }

  func block(_ node: MarkdownNode) -> String {
    switch node.kind {
    case .paragraph: return "<p>" + inlines(node.children) + "</p>\n"
    case .heading:
      let level = min(6, max(1, node.headingLevel))
      let id = anchors.headings[node.range.startLine].map { " id=\"\(escape($0))\"" } ?? ""
      return "<h\(level)\(id)>" + inlines(node.children) + "</h\(level)>\n"
    case .blockQuote:
      return "<blockquote>\n" + blocks(node.children) + "</blockquote>\n"
    case .list:
      let tag = node.isOrderedList ? "ol" : "ul"
      let start = node.isOrderedList && node.listStart != 1 ? " start=\"\(node.listStart)\"" : ""
      return "<\(tag)\(start)>\n" + node.children.map(block).joined() + "</\(tag)>\n"
    case .item:
      return "<li>" + blocks(node.children) + "</li>\n"
    case .codeBlock: return codeBlock(node)
    case .thematicBreak: return "<hr>\n"
    case .htmlBlock: return "<pre class=\"raw-html\">" + escape(node.literal) + "</pre>\n"
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

  /// A code block outside an exercise: a cell, or prose code (shown, never run). Expectation fences are not shown:
  /// the cell shows what it produced, and a diff when that differs.
  func codeBlock(_ node: MarkdownNode) -> String {
    guard let role = lesson.role(ofCodeBlockAt: node.range.startLine) else {
      return "<pre class=\"listing\"><code>" + escape(node.literal) + "</code></pre>\n"
    }
    switch role {
    case .expectation: return ""
    case .hint(_, let index):
      return "<details class=\"hint\"><summary>" + escape(phrasebook.hint(index + 1)) + "</summary>\n<p>"
        + escape(node.literal) + "</p></details>\n"
    case .cell(let index):
      guard let cellReport = report.report(forCell: index) else { return "" }
      if cellReport.cell.kind == .solution, !audience.showsSolutions { return "" }
      if cellReport.cell.isHidden, !audience.showsHiddenChecks { return "" }
      let solved = cellReport.cell.exerciseIndex.map { solutions[$0] != nil } ?? false
      return cells.cell(cellReport, file: lesson.file, solved: solved)
    }
  }

  private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
