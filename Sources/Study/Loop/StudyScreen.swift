import Reports
import Workbook

/// Draws the study loop in a terminal of `columns` × `rows`: a header with the course and progress bars, the open
/// exercise (where it is, its statement, what happened when it last ran, hints seen), and one line of keys. Parts
/// that do not fit are cut, and the screen says so.
public struct StudyScreen {
  public var columns: Int
  public var rows: Int
  public var palette: TerminalPalette
  /// How re-runs happen: by watching the files, or on Enter (`--manual`).
  public var isManual: Bool

  public init(columns: Int, rows: Int, palette: TerminalPalette, isManual: Bool = false) {
    self.columns = max(40, columns)
    self.rows = max(12, rows)
    self.palette = palette
    self.isManual = isManual
  }

  /// At most `rows` lines, none wider than `columns`.
  public func render(_ session: StudySession) -> [String] {
    let status = session.status
    let phrasebook = session.phrasebook
    var body: [Section]
    switch session.mode {
    case .list:
      body = [Section(listWindow(session, phrasebook: phrasebook))]
    case .exercise, .confirmingReset:
      if let broken = session.brokenLesson {
        body = [
          Section(wrap(broken.description, style: [.bold, .red])),
          Section(wrap(phrasebook.fixTheLesson, style: .dim)),
        ]
      } else if let current = session.current {
        body = ExerciseView(screen: self, session: session, outcome: current).sections()
      } else {
        body = [
          Section([
            palette.paint(
              phrasebook.courseFinished(total: status.exercises.count, score: status.score), [.bold, .green])
          ])
        ]
      }
    }
    if session.mode == .confirmingReset, let key = session.currentKey {
      let name = session.brokenLesson == nil ? key : Progress.lessonPath(of: key)
      body.append(Section(wrap(phrasebook.confirmReset(name), style: [.bold, .yellow])))
    } else if let message = session.message {
      let tone: TextStyle =
        message.tone == .good ? [.bold, .green] : message.tone == .warning ? .yellow : .dim
      body.append(Section(wrap(message.text, style: tone)))
    }
    let header = self.header(status, phrasebook: phrasebook)
    let footer = self.footer(session, phrasebook: phrasebook)
    let room = rows - header.count - footer.count
    return header + fit(body, into: room, phrasebook: phrasebook) + footer
  }

  var options: TerminalOptions { TerminalOptions(width: columns, color: palette.isEnabled) }

  // MARK: Header and footer

  private func header(_ status: CourseStatus, phrasebook: Phrasebook) -> [String] {
    let exercisesText = " \(status.passedCount)/\(status.exercises.count)"
    let pointsText = " " + Points.text(status.score) + "/" + Points.text(status.maxScore)
    let barWidth = columns >= 80 ? 12 : 6
    let plainWidth =
      DisplayWidth.of(
        phrasebook.exercisesLabel + " " + exercisesText + "   " + phrasebook.pointsLabel + " "
          + pointsText) + 2 * barWidth
    let right =
      phrasebook.exercisesLabel + " "
      + bar(Double(status.passedCount), of: Double(status.exercises.count), width: barWidth)
      + exercisesText + "   " + phrasebook.pointsLabel + " "
      + bar(status.score, of: status.maxScore, width: barWidth)
      + pointsText
    let title = "gradbook study"
    let gap = columns - DisplayWidth.of(title) - plainWidth
    let line = gap >= 2 ? palette.paint(title, .bold) + String(repeating: " ", count: gap) + right : right
    return [line, palette.paint(String(repeating: "─", count: columns), .dim)]
  }

  /// `████░░░░` filled in proportion.
  func bar(_ value: Double, of total: Double, width: Int) -> String {
    let filled = total > 0 ? min(width, max(0, Int((value / total * Double(width)).rounded(.down)))) : 0
    return palette.paint(String(repeating: "█", count: filled), .green)
      + palette.paint(String(repeating: "░", count: width - filled), .dim)
  }

  private func footer(_ session: StudySession, phrasebook: Phrasebook) -> [String] {
    var hintCount = ""
    if let current = session.current {
      let total = session.status.cell(of: current).hints.count
      if total > 0 { hintCount = " \(session.shownHints.count)/\(total)" }
    }
    let keys = phrasebook.keysLine(hintCount: hintCount)
    let mode = isManual ? phrasebook.manualMode : phrasebook.watchingMode
    let gap = columns - DisplayWidth.of(keys) - DisplayWidth.of(mode)
    let line =
      palette.paint(keys, .bold)
      + (gap >= 2 ? String(repeating: " ", count: gap) + palette.paint(mode, .dim) : "")
    return [palette.paint(String(repeating: "─", count: columns), .dim), line]
  }

  /// The course list, or the part of it around the open exercise that fits, with a note for each part left out.
  private func listWindow(_ session: StudySession, phrasebook: Phrasebook) -> [String] {
    let (lines, row) = StudyListRenderer(options: options).lines(
      session.status, progress: session.workspace.currentProgress(), current: session.currentKey)
    let room = rows - 4 - (session.message == nil ? 0 : 1)
    guard lines.count > room, room > 4 else { return lines }
    let shown = room - 2
    let start = max(0, min((row ?? 0) - shown / 2, lines.count - shown))
    let end = min(lines.count, start + shown)
    var window = Array(lines[start..<end])
    if start > 0 { window.insert(palette.paint(phrasebook.listLinesCut(start), .dim), at: 0) }
    if end < lines.count { window.append(palette.paint(phrasebook.listLinesCut(lines.count - end), .dim)) }
    return window
  }

  // MARK: Fitting

  /// A part of the body: which end of it to keep when it must be cut, and how soon it is cut (lower first).
  struct Section {
    enum Cut {
      case keepStart, keepEnd, never
      /// Left out whole when there is no room, without a note (a summary that only helps).
      case drop
    }
    var lines: [String]
    var cut: Cut
    var priority: Int

    init(_ lines: [String], cut: Cut = .never, priority: Int = 0) {
      self.lines = lines
      self.cut = cut
      self.priority = priority
    }
  }

  /// The sections in `room` lines: sections are cut in order of priority, each down to what still fits and a line
  /// saying how many lines were cut; what still does not fit is dropped from the bottom.
  func fit(_ sections: [Section], into room: Int, phrasebook: Phrasebook) -> [String] {
    var sections = sections
    var total: Int { sections.reduce(0) { $0 + $1.lines.count } }
    let order = sections.indices.filter { sections[$0].cut != .never }.sorted {
      (sections[$0].priority, $0) < (sections[$1].priority, $1)
    }
    for index in order where total > room {
      let section = sections[index]
      let excess = total - room
      if section.cut == .drop {
        sections[index].lines = []
        continue
      }
      guard section.lines.count > 2 else { continue }
      let keep = max(1, section.lines.count - excess - 1)
      let note = palette.paint(phrasebook.linesCut(section.lines.count - keep), .dim)
      sections[index].lines =
        section.cut == .keepStart
        ? Array(section.lines.prefix(keep)) + [note] : [note] + Array(section.lines.suffix(keep))
    }
    var lines = sections.flatMap(\.lines)
    if lines.count > room { lines = Array(lines.prefix(room)) }
    return lines + Array(repeating: "", count: max(0, room - lines.count))
  }

  /// Plain text wrapped to the screen, painted in `style`.
  func wrap(_ text: String, style: TextStyle, indent: String = "") -> [String] {
    TextWrapper.wrap(
      StyledText(ControlCharacters.visible(text), style), width: columns - DisplayWidth.of(indent)
    ).map {
      indent + $0.painted(palette)
    }
  }
}
