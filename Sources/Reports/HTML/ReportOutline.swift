import Workbook

/// A report's table of contents: every lesson, its `##` sections and its exercises, each with a stable anchor, a
/// status mark and (for lessons and exercises) a score.
///
/// Anchors come from names, not positions: a lesson's from its file name (`01-requires-grad`), a section's from its
/// heading (`01-requires-grad--leaves-and-the-graph`), an exercise's from its id (`01-requires-grad--exercise-start-graph`),
/// so links into a published report keep working when a lesson grows.
struct ReportOutline {
  /// ✓, ✗, ✎ (an exercise still to do) or nothing yet.
  enum Mark: String {
    case passed, failed, todo, none

    var symbol: String {
      switch self {
      case .passed: return "✓"
      case .failed: return "✗"
      case .todo: return "✎"
      case .none: return "·"
      }
    }
  }

  /// Points earned (nil when not graded) of points possible.
  struct Score: Equatable {
    var earned: Double?
    var possible: Double

    static func + (left: Score, right: Score) -> Score {
      let earned: Double? =
        left.earned == nil && right.earned == nil ? nil : (left.earned ?? 0) + (right.earned ?? 0)
      return Score(earned: earned, possible: left.possible + right.possible)
    }
  }

  struct Entry {
    var title: String
    var anchor: String
    var mark: Mark
    var score: Score?
    var children: [Entry] = []
  }

  /// The anchors of one lesson's parts.
  struct LessonAnchors {
    var lesson: String
    /// By the line a heading starts on.
    var headings: [Int: String] = [:]
    /// By the exercise cell's index.
    var exercises: [Int: String] = [:]
    /// Each exercise's mark and score, by the exercise cell's index.
    var exerciseStatuses: [Int: (mark: Mark, score: Score)] = [:]
  }

  /// A lesson's cells grouped by the exercise they belong to (by the exercise cell's index), gathered in one pass.
  struct ExerciseParts {
    /// The check cells.
    var checks: [Int: [Cell]] = [:]
    /// The verdicts of the check cells.
    var checkStatuses: [Int: [CellStatus]] = [:]
    /// The verdicts of every cell of the exercise but its starter code.
    var statuses: [Int: [CellStatus]] = [:]

    init(_ report: LessonReport) {
      for cell in report.lesson.cells where cell.kind == .check {
        if let exercise = cell.exerciseIndex { checks[exercise, default: []].append(cell) }
      }
      for cell in report.cells {
        guard let exercise = cell.cell.exerciseIndex else { continue }
        statuses[exercise, default: []].append(cell.status)
        if cell.cell.kind == .check { checkStatuses[exercise, default: []].append(cell.status) }
      }
    }
  }

  var entries: [Entry] = []
  /// By outcome index.
  var anchors: [Int: LessonAnchors] = [:]

  init(_ report: WorkbookReport, audience: ReportAudience, grades: ExerciseScores = ExerciseScores()) {
    var lessonSlugs = SlugSet()
    for (index, outcome) in report.outcomes.enumerated() {
      let file = outcome.file
      let stem = Self.stem(file)
      let parent = file.split(separator: "/").dropLast().last.map(String.init)
      let lessonAnchor = lessonSlugs.claim(
        Self.slug(stem), alternative: parent.map { Self.slug($0 + "-" + stem) })
      switch outcome {
      case .rejected:
        anchors[index] = LessonAnchors(lesson: lessonAnchor)
        entries.append(Entry(title: file, anchor: lessonAnchor, mark: .failed, score: nil))
      case .ran(let lessonReport):
        let (anchorSet, entry) = Self.lesson(
          lessonReport, anchor: lessonAnchor, audience: audience, grades: grades)
        anchors[index] = anchorSet
        entries.append(entry)
      }
    }
  }

  /// A lesson's anchors and its entry with its sections and exercises. Linear in the lesson's cells and headings:
  /// both come in line order, so each is placed by a sweep or a binary search.
  private static func lesson(
    _ report: LessonReport, anchor: String, audience: ReportAudience, grades: ExerciseScores
  ) -> (LessonAnchors, Entry) {
    let lesson = report.lesson
    var anchors = LessonAnchors(lesson: anchor)
    var slugs = SlugSet()
    var headings: [Heading] = []
    lesson.document.forEachNode { node in
      guard node.kind == .heading else { return }
      let title = node.plainText
      anchors.headings[node.range.startLine] = slugs.claim(anchor + "--" + slug(title), alternative: nil)
      headings.append(Heading(line: node.range.startLine, level: node.headingLevel, title: title))
    }
    let parts = ExerciseParts(report)
    let sections = headings.filter { $0.level == 2 }
    var sectionStatuses = [[CellStatus]](repeating: [], count: sections.count)
    var sectionExercises = [[Entry]](repeating: [], count: sections.count)
    var looseExercises: [Entry] = []
    var scores: [Score] = []
    var nextHeading = 0
    var exerciseHeading: String?
    for (index, cell) in lesson.cells.enumerated() where cell.kind == .exercise {
      let name = cell.id ?? "line-\(cell.location.line)"
      let exerciseAnchor = slugs.claim(anchor + "--exercise-" + slug(name), alternative: nil)
      anchors.exercises[index] = exerciseAnchor
      while nextHeading < headings.count, headings[nextHeading].line < cell.location.line {
        if headings[nextHeading].level >= 3 { exerciseHeading = headings[nextHeading].title }
        nextHeading += 1
      }
      let title = exerciseHeading ?? Phrasebook(for: lesson).exerciseTitle(id: cell.id, points: nil)
      let (mark, score) = exerciseStatus(index, in: report, parts: parts, audience: audience, grades: grades)
      anchors.exerciseStatuses[index] = (mark, score)
      scores.append(score)
      let entry = Entry(title: title, anchor: exerciseAnchor, mark: mark, score: score)
      if let section = section(containing: cell.location.line, sections) {
        sectionExercises[section].append(entry)
      } else {
        looseExercises.append(entry)
      }
    }
    var statuses: [CellStatus] = []
    for cell in report.cells where counts(cell, in: lesson, audience: audience) {
      statuses.append(cell.status)
      if let section = section(containing: cell.cell.location.line, sections) {
        sectionStatuses[section].append(cell.status)
      }
    }
    let sectionEntries = sections.indices.map { position in
      Entry(
        title: sections[position].title, anchor: anchors.headings[sections[position].line] ?? anchor,
        mark: mark(sectionStatuses[position]), score: nil, children: sectionExercises[position])
    }
    let total = scores.isEmpty ? nil : scores.dropFirst().reduce(scores[0], +)
    let entry = Entry(
      title: lesson.title, anchor: anchor, mark: mark(statuses), score: total,
      children: looseExercises + sectionEntries)
    return (anchors, entry)
  }

  private struct Heading {
    var line: Int
    var level: Int
    var title: String
  }

  /// The position of the last section that starts at or before `line`, if any.
  private static func section(containing line: Int, _ sections: [Heading]) -> Int? {
    var low = 0
    var high = sections.count
    while low < high {
      let middle = low + (high - low) / 2
      if sections[middle].line <= line { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? nil : low - 1
  }

  /// Whether a cell's verdict counts for the audience: a learner's page is not judged by the hidden reference answer,
  /// only by the public checks of exercises without one (a learner's copy, whose checks judge the learner's code).
  static func counts(_ report: CellReport, in lesson: Lesson, audience: ReportAudience) -> Bool {
    switch report.cell.kind {
    case .code: return true
    case .exercise: return report.status != .skipped
    case .solution: return audience.showsSolutions
    case .check:
      if audience.showsSolutions { return true }
      guard !report.cell.isHidden, let exercise = report.cell.exerciseIndex,
        lesson.cells.indices.contains(exercise)
      else { return false }
      return !lesson.cells[exercise].hasSolution
    }
  }

  static func mark(_ statuses: [CellStatus]) -> Mark {
    if statuses.contains(where: \.isFailure) { return .failed }
    return statuses.contains { $0 == .passed || $0 == .unchecked } ? .passed : .none
  }

  /// An exercise's mark and score: from the grades when there are any (given, or for an instructor and feedback
  /// graded from what ran); for an instructor, full points or none by its solution's verdict. Otherwise the points it is worth, marked by its public checks when they
  /// judged the learner's own code (a learner's copy, without solution), else still to do.
  static func exerciseStatus(
    _ index: Int, in report: LessonReport, parts: ExerciseParts, audience: ReportAudience,
    grades: ExerciseScores
  ) -> (Mark, Score) {
    let lesson = report.lesson
    guard lesson.cells.indices.contains(index) else { return (.none, Score(earned: nil, possible: 0)) }
    let cell = lesson.cells[index]
    if let id = cell.id, let graded = grades.score(exercise: id) {
      let mark: Mark = graded.earned >= graded.possible ? .passed : .failed
      return (mark, Score(earned: graded.earned, possible: graded.possible))
    }
    let checks = parts.checks[index] ?? []
    let possible =
      checks.isEmpty
      ? Double(cell.points ?? 1) : ExerciseScoring.checkPoints(exercise: cell, checks: checks).reduce(0, +)
    if audience.showsSolutions {
      // Not graded (no id or no check): full points when its solution ran as its fences say.
      let statuses = parts.statuses[index] ?? []
      let passed = !statuses.isEmpty && !statuses.contains(where: \.isFailure)
      return (passed ? .passed : .failed, Score(earned: passed ? possible : 0, possible: possible))
    }
    let score = Score(earned: nil, possible: possible)
    let verdicts = parts.checkStatuses[index] ?? []
    guard !cell.hasSolution, !verdicts.isEmpty, !verdicts.contains(.skipped) else { return (.todo, score) }
    return (verdicts.contains(where: \.isFailure) ? .failed : .passed, score)
  }

  /// `01-requires-grad.md` → `01-requires-grad`.
  static func stem(_ file: String) -> String {
    let name = file.split(separator: "/").last.map(String.init) ?? file
    return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
  }

  /// Letters and digits kept (lowercased, any script), every other run of characters one `-`.
  static func slug(_ text: String) -> String {
    var slug = ""
    var pendingDash = false
    for scalar in text.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingDash, !slug.isEmpty { slug += "-" }
        pendingDash = false
        slug.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    return slug.isEmpty ? "section" : slug
  }

  /// Anchors handed out so far, so that each is unique: a repeat takes its alternative, else `-2`, `-3`, …
  struct SlugSet {
    private var used: Set<String> = []

    mutating func claim(_ wanted: String, alternative: String?) -> String {
      var candidate = wanted
      if used.contains(candidate), let alternative { candidate = alternative }
      var number = 2
      let base = candidate
      while used.contains(candidate) {
        candidate = base + "-\(number)"
        number += 1
      }
      used.insert(candidate)
      return candidate
    }
  }
}
