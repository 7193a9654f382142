import Workbook

/// Renders lessons as one self-contained HTML page: a table of contents with a mark and a score for every lesson,
/// section and exercise; prose; highlighted, numbered cells with their outputs, verdicts, character-level diffs and
/// graphs; exercises boxed. No script and no outside file: styles are inline, pictures inline SVG, and the page's
/// Content-Security-Policy forbids scripts outright.
///
/// What the page holds depends on its `audience` (see `ReportAudience`). Every piece of lesson or result text goes
/// through `HTMLEscaping.escape`; the markup around it is fixed.
public struct HTMLReport {
  public var audience: ReportAudience
  public var pictures: GraphPictures
  public var grades: ExerciseScores

  public init(
    audience: ReportAudience = .learner, pictures: GraphPictures = .none,
    grades: ExerciseScores = ExerciseScores()
  ) {
    self.audience = audience
    self.pictures = pictures
    self.grades = grades
  }

  /// A complete HTML document for every lesson in `report`.
  public func render(_ report: WorkbookReport) -> String {
    let grades = gradesToShow(report)
    let outline = ReportOutline(report, audience: audience, grades: grades)
    var body = ""
    for (index, outcome) in report.outcomes.enumerated() {
      let anchor = outline.anchors[index]?.lesson ?? "lesson-\(index + 1)"
      switch outcome {
      case .rejected(let error):
        body += "<article class=\"lesson rejected\" id=\"\(escape(anchor))\">\n<p class=\"file\"><code>"
        body +=
          escape(error.file)
          + "</code></p>\n<p class=\"lesson-error\">\(escape(error.description))</p>\n</article>\n"
      case .ran(let lessonReport):
        guard let anchors = outline.anchors[index], outline.entries.indices.contains(index) else { continue }
        let cells = HTMLCellRenderer(
          audience: audience, pictures: pictures, lessonIndex: index,
          phrasebook: Phrasebook(for: lessonReport.lesson))
        body += HTMLLessonRenderer(
          report: lessonReport, anchors: anchors, outline: outline.entries[index], cells: cells,
          audience: audience,
          grades: grades
        ).render()
      }
    }
    let reports = report.lessonReports
    let title = reports.count == 1 && report.outcomes.count == 1 ? reports[0].lesson.title : "Gradbook"
    let phrasebook = Phrasebook(for: report)
    let totals = StatusTotals(
      reports.flatMap { lesson in
        lesson.cells.filter { ReportOutline.counts($0, in: lesson.lesson, audience: audience) }.map(\.status)
      })
    let scores = outline.entries.compactMap(\.score)
    let score = scores.isEmpty ? nil : scores.dropFirst().reduce(scores[0], +)
    return """
      <!DOCTYPE html>
      <html lang="\(phrasebook.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="color-scheme" content="light dark">
      <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
      <meta name="generator" content="gradbook \(escape(GradbookVersion.current))">
      <title>\(escape(title))</title>
      <style>
      \(HTMLStyleSheet.css)</style>
      </head>
      <body id="top" class="audience-\(audience.rawValue)">
      <header class="bar"><a class="brand" href="#top">Gradbook</a>\(badges(totals, score: score, rejected: report.rejected.count, phrasebook: phrasebook))</header>
      <div class="layout">
      \(HTMLTableOfContents.render(outline, phrasebook: phrasebook))<main>
      \(body)<footer class="summary">\(escape(summaryText(report, totals: totals, phrasebook: phrasebook)))</footer>
      </main>
      </div>
      </body>
      </html>

      """
  }

  /// The grades given, else for an instructor or feedback the grades of what ran (each check case scored as
  /// `gradbook grade` scores it); a learner's page is scored only from given grades.
  func gradesToShow(_ report: WorkbookReport) -> ExerciseScores {
    guard grades.isEmpty, audience != .learner else { return grades }
    return ExerciseScores(report.lessonReports.flatMap { ExerciseScoring.grades(for: $0) })
  }

  /// No script of any kind, no frames, no forms, no plug-ins; styles only inline; images (of lesson prose) anywhere.
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; base-uri 'none'; form-action 'none'"

  /// `N passed, N failed, N unchecked, N skipped` (and unreadable lessons, when any).
  func summaryText(_ report: WorkbookReport, totals: StatusTotals, phrasebook: Phrasebook = Phrasebook())
    -> String
  {
    var text = [
      phrasebook.passedCount(totals.passed), phrasebook.failedCount(totals.failures),
      phrasebook.uncheckedCount(totals.unchecked), phrasebook.skippedCount(totals.skipped),
    ].joined(separator: ", ")
    let rejected = report.rejected.count
    if rejected > 0 { text += phrasebook.unreadableLessons(rejected) }
    return text
  }

  /// The coloured count badges of the page's header bar, and the score when there are exercises.
  func badges(_ totals: StatusTotals, score: ReportOutline.Score?, rejected: Int, phrasebook: Phrasebook)
    -> String
  {
    var badges = badge("passed", "✓ " + phrasebook.passedCount(totals.passed))
    if totals.failures > 0 { badges += badge("failed", "✗ " + phrasebook.failedCount(totals.failures)) }
    if totals.unchecked > 0 { badges += badge("neutral", phrasebook.uncheckedCount(totals.unchecked)) }
    if rejected > 0 { badges += badge("failed", phrasebook.notReadableCount(rejected)) }
    if let score {
      badges += badge("score", phrasebook.points(earned: score.earned, possible: score.possible))
    }
    return "<span class=\"badges\">" + badges + "</span>"
  }

  func badge(_ kind: String, _ text: String) -> String {
    "<span class=\"badge \(kind)\">" + escape(text) + "</span>"
  }

  private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
