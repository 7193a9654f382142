/// Turns a lesson file's bytes into a `Lesson`, enforcing the lesson format (see docs/lesson-format.md).
public struct LessonParser {
  /// Whether a cell id may repeat (later cells keep it). Submissions are read this way: a learner who copied an
  /// exercise fence gets a note, not a malformed file.
  public var allowsRepeatedIDs = false

  public init() {}

  public init(allowsRepeatedIDs: Bool) {
    self.allowsRepeatedIDs = allowsRepeatedIDs
  }

  /// Parses `bytes` read from `file`; throws `LessonError.malformed` with the position of the first problem.
  public func parse(_ bytes: [UInt8], file: String) throws -> Lesson {
    if let bad = SourceText.firstInvalidUTF8Offset(bytes) {
      let source = SourceText(bytes: bytes)
      let position = source.position(ofOffset: bad)
      throw LessonError.malformed(
        SourceLocation(file: file, line: position.line, column: position.column),
        "invalid UTF-8 (byte 0x\(String(bad < bytes.count ? bytes[bad] : 0, radix: 16, uppercase: true)))")
    }
    let source = SourceText(bytes: bytes)
    var document: MarkdownNode
    switch CMarkDocumentReader.read(bytes) {
    case .success(let node):
      document = node
    case .failure(.tooDeep(let line, let column)):
      throw LessonError.malformed(
        SourceLocation(file: file, line: line, column: column),
        "blocks nested more than \(CMarkDocumentReader.maximumDepth) deep")
    case .failure(.parserFailed):
      throw LessonError.malformed(
        SourceLocation(file: file, line: 1, column: 1), "cmark could not parse this file")
    }
    // A learner's copy starts with its release stamp, which is bookkeeping, not prose.
    var stamp: ReleaseStamp?
    if let first = document.children.first, first.kind == .htmlBlock,
      let found = ReleaseStamp.parse(first.literal)
    {
      stamp = found
      document.children.removeFirst()
    }
    var builder = LessonBuilder(file: file, source: source)
    builder.isReleased = stamp != nil
    builder.allowsRepeatedIDs = allowsRepeatedIDs
    try builder.walk(document.children)
    try builder.finish()
    var title = ""
    document.forEachNode { node in
      if title.isEmpty, node.kind == .heading, node.headingLevel == 1 { title = node.plainText }
    }
    if builder.cells.isEmpty {
      builder.findings.insert(
        Finding(
          location: SourceLocation(file: file, line: 1, column: 1), severity: .warning,
          message: "the lesson has no ```python cells, so nothing in it runs"), at: 0)
    }
    if title.isEmpty {
      title = fileStem(file)
      builder.findings.insert(
        Finding(
          location: SourceLocation(file: file, line: 1, column: 1), severity: .warning,
          message: "the lesson has no level-1 heading (`# Title`); using the file name as its title"), at: 0)
    }
    var lesson = Lesson(
      file: file, title: title, document: document, cells: builder.cells, findings: builder.findings,
      source: source,
      codeBlockRoles: builder.roles)
    lesson.releaseStamp = stamp
    return lesson
  }

  private func fileStem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
  }
}

extension LessonParser {
  /// The info words whose fences are cells: `python`, and `py` and `python3`, which PyTorch users write too.
  public static let cellWords: Set<String> = ["python", "py", "python3"]

  /// What to say about a fence whose word looks meant as a cell but is not one: a cell word in other capitals, a
  /// misspelt `python`, or `ipython` (whose magics and prompts are not Python). Nil for other languages' fences.
  static func adviceForNonCellFence(_ word: String) -> String? {
    let lowered = word.lowercased()
    if cellWords.contains(lowered) { return "did you mean `\(lowered)`?" }
    if lowered == "ipython" {
      return "Gradbook runs ```python fences (IPython's magics and prompts are not Python)"
    }
    return looksLikeMisspeltPython(word) ? "did you mean `python`?" : nil
  }

  /// Info words near `python` (`pyhton`, `Python`, `pythn`) but not other languages' or tools' names.
  static func looksLikeMisspeltPython(_ word: String) -> Bool {
    let lowered = word.lowercased()
    guard word != "python", word.count >= 5, word.count <= 12 else { return false }
    if lowered == "python" { return true }
    let otherLanguages: Set<String> = [
      "pycon", "pytb", "cython", "jython", "ipython", "python2", "python3", "pyrex",
    ]
    return !otherLanguages.contains(lowered) && editDistance(Array(lowered), Array("python")) <= 2
  }

  /// Levenshtein distance between two short words.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, left) in a.enumerated() {
      var current = [i + 1]
      for (j, right) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}

/// Mutable state of one parse: cells found so far and what the next fence may attach to.
struct LessonBuilder {
  let file: String
  let source: SourceText
  var cells: [Cell] = []
  var findings: [Finding] = []
  var roles: [Int: CodeBlockRole] = [:]
  var ids: [String: SourceLocation] = [:]
  var lastExercise: Int?
  /// Exercises that have their `python solution` (kept as a set: a scan per solution would be quadratic).
  var solvedExercises: Set<Int> = []
  /// Whether the lesson is a learner's copy (it has a release stamp): its exercises have no solutions by design.
  var isReleased = false
  var allowsRepeatedIDs = false

  init(file: String, source: SourceText) {
    self.file = file
    self.source = source
  }

  func location(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: file, line: line, column: column)
  }

  func malformed(_ line: Int, _ column: Int, _ message: String) -> LessonError {
    .malformed(location(line, column), message)
  }

  /// Walks the blocks of one container; expectations attach only to the cell right before them in the same container.
  mutating func walk(_ blocks: [MarkdownNode]) throws {
    var attachable: (cell: Int, endLine: Int)?
    // A fence whose info word looks like a misspelt `python`: named when an expectation after it has no cell.
    var misspelt: (word: String, line: Int, endLine: Int)?
    for block in blocks {
      guard block.kind == .codeBlock, let fence = FencedBlock.scan(block.range, in: source) else {
        attachable = nil
        if !block.children.isEmpty, block.kind.isBlock { try walk(block.children.filter(\.kind.isBlock)) }
        continue
      }
      let line = block.range.startLine
      let column = block.range.startColumn
      guard fence.closingLine != nil else {
        throw malformed(
          line, column,
          "unterminated code fence: no closing \(fence.marker) before the end of its block or the document")
      }
      let tokens = FenceInfoToken.tokens(ofOpeningLine: line, fence: fence, in: source)
      let word = tokens.first?.text ?? ""
      switch word {
      case "python", "py", "python3":
        let index = try addCell(block, fence: fence, tokens: Array(tokens.dropFirst()))
        attachable = (index, block.range.endLine)
      case "output", "warning", "error", "graph":
        guard let previous = attachable, gapIsBlank(from: previous.endLine, to: line) else {
          var message =
            "`\(word)` fence with no python cell right before it (only blank lines may separate them)"
          if let misspelt, gapIsBlank(from: misspelt.endLine, to: line) {
            message += "; the fence at line \(misspelt.line) is `\(misspelt.word)`: did you mean `python`?"
          }
          throw malformed(line, column, message)
        }
        try addExpectation(block, fence: fence, tokens: tokens, to: previous.cell)
        attachable = (previous.cell, block.range.endLine)
      case "hint":
        guard let exercise = lastExercise else {
          throw malformed(line, column, "`hint` fence with no `python exercise` before it")
        }
        if let extra = tokens.dropFirst().first {
          throw malformed(line, extra.column, "unknown attribute `\(extra.text)` in a `hint` fence")
        }
        roles[line] = .hint(exerciseIndex: exercise, hintIndex: cells[exercise].hints.count)
        cells[exercise].hints.append(block.literal)
        attachable = nil
      default:
        attachable = nil
        misspelt = nil
        if let advice = LessonParser.adviceForNonCellFence(word) {
          misspelt = (word, line, block.range.endLine)
          findings.append(
            Finding(
              location: location(line, column), severity: .warning,
              message: "`\(word)` fence is shown as text and never run; \(advice)"))
        }
      }
    }
  }

  /// Whether only blank lines (blank after container markers) lie strictly between two lines.
  func gapIsBlank(from endLine: Int, to startLine: Int) -> Bool {
    guard startLine > endLine + 1 else { return true }
    for line in (endLine + 1)..<startLine {
      let content = source.lineBytes(line).filter { $0 != UInt8(ascii: ">") }
      if !content.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { return false }
    }
    return true
  }

  mutating func addCell(_ block: MarkdownNode, fence: FencedBlock, tokens: [FenceInfoToken]) throws -> Int {
    let line = block.range.startLine
    var kind = CellKind.code
    var remaining = tokens[...]
    if let role = remaining.first, let roleKind = CellKind(rawValue: role.text), roleKind != .code {
      kind = roleKind
      remaining = remaining.dropFirst()
    }
    var cell = Cell(
      code: block.literal, kind: kind, location: location(line, block.range.startColumn), fence: fence)
    var seen: Set<String> = []
    for token in remaining {
      let name = token.text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? token.text
      guard seen.insert(name).inserted else {
        throw malformed(line, token.column, "attribute `\(name)` given twice")
      }
      if token.text.hasPrefix("id=") {
        let id = String(token.text.dropFirst(3))
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) })
        else {
          throw malformed(line, token.column, "cell id `\(id)` must be letters, digits, `_`, `-` or `.`")
        }
        if let earlier = ids[id], !allowsRepeatedIDs {
          throw malformed(
            line, token.column, "duplicate cell id `\(id)` (first used at line \(earlier.line))")
        }
        if ids[id] == nil { ids[id] = location(line, token.column) }
        cell.id = id
      } else if token.text == "skip" {
        cell.isSkipped = true
      } else if token.text.hasPrefix("points="), kind == .exercise || kind == .check {
        guard let points = Int(token.text.dropFirst(7)), points >= 0 else {
          throw malformed(
            line, token.column, "`points=` needs a whole number of points, got `\(token.text.dropFirst(7))`")
        }
        cell.points = points
      } else if token.text == "hidden", kind == .check {
        cell.isHidden = true
      } else if token.text == "hidden" {
        throw malformed(
          line, token.column, "`hidden` is only for `python check` cells (a hidden check is never released)")
      } else if kind == .code, CellKind(rawValue: token.text) != nil {
        throw malformed(
          line, token.column, "`\(token.text)` must come right after `python` (```python \(token.text) …)")
      } else {
        throw malformed(
          line, token.column,
          "unknown \(kind == .code ? "attribute or cell kind" : "attribute") `\(token.text)` in a python fence (expected exercise, solution, check, id=NAME, skip\(Self.kindAttributes(kind)))"
        )
      }
    }
    switch kind {
    case .exercise:
      lastExercise = cells.count
      cell.exerciseIndex = cells.count
    case .solution, .check:
      guard let exercise = lastExercise else {
        throw malformed(
          line, block.range.startColumn, "`python \(kind.rawValue)` with no `python exercise` before it")
      }
      if kind == .solution, !solvedExercises.insert(exercise).inserted {
        throw malformed(
          line, block.range.startColumn,
          "the exercise at line \(cells[exercise].location.line) already has a solution")
      }
      cell.exerciseIndex = exercise
    case .code:
      break
    }
    roles[line] = .cell(index: cells.count)
    cells.append(cell)
    return cells.count - 1
  }

  mutating func addExpectation(
    _ block: MarkdownNode, fence: FencedBlock, tokens: [FenceInfoToken], to cellIndex: Int
  ) throws {
    let line = block.range.startLine
    guard let first = tokens.first, let kind = ExpectationKind(rawValue: first.text) else { return }
    var mode = MatchMode.exact
    var relative = MatchMode.defaultRelativeTolerance
    var absolute = MatchMode.defaultAbsoluteTolerance
    var isApprox = false
    let graphRequest = kind == .graph ? try graphRequest(tokens.dropFirst(), line: line) : nil
    for token in tokens.dropFirst() where kind != .graph {
      if kind == .output, token.text == "approx", !isApprox {
        isApprox = true
      } else if isApprox, token.text.hasPrefix("rel=") || token.text.hasPrefix("abs=") {
        guard let value = Double(token.text.dropFirst(4)), value.isFinite, value >= 0 else {
          throw malformed(
            line, token.column, "tolerance `\(token.text)` must be a non-negative number such as 1e-4")
        }
        if token.text.hasPrefix("rel=") { relative = value } else { absolute = value }
      } else {
        let hint = kind == .output ? " (expected `approx`, then optional rel=… abs=…)" : ""
        throw malformed(
          line, token.column, "unknown attribute `\(token.text)` in \(kind.fenceDescription)\(hint)")
      }
    }
    if isApprox {
      mode = .approx(relative: relative, absolute: absolute)
      try rejectOverflowingNumbers(in: block, fence: fence)
    }
    let cell = cells[cellIndex]
    if let earlier = cell.expectation(kind) {
      throw malformed(
        line, block.range.startColumn,
        "the cell already has \(kind.fenceDescription) (line \(earlier.location.line))")
    }
    if cell.isSkipped {
      findings.append(
        Finding(
          location: location(line, block.range.startColumn), severity: .note,
          message: "this `\(kind.rawValue)` fence is not checked because its cell is marked `skip`"))
    }
    roles[line] = .expectation(cellIndex: cellIndex, expectationIndex: cell.expectations.count)
    cells[cellIndex].expectations.append(
      Expectation(
        kind: kind, text: block.literal, mode: mode, location: location(line, block.range.startColumn),
        fence: fence, graphRequest: graphRequest))
  }

  /// An `output approx` fence compares numbers as doubles: a literal past the largest double would read as
  /// infinity and equal every other such literal, so it is refused where it stands.
  func rejectOverflowingNumbers(in block: MarkdownNode, fence: FencedBlock) throws {
    var offset = 0
    for token in NumberTokenizer.tokens(block.literal) {
      switch token {
      case .text(let text):
        offset += text.unicodeScalars.count
      case .number(let value, let spelled):
        if value.isInfinite {
          let (line, column) = position(ofScalar: offset, in: block.literal, fence: fence)
          throw malformed(
            line, column,
            "`\(spelled)` is too large for a double (the largest is about 1.8e308); "
              + "an `output approx` fence compares numbers as doubles")
        }
        offset += spelled.unicodeScalars.count
      }
    }
  }

  /// The file line and byte column of the scalar at `offset` in the body of `fence` (whose text is `literal`).
  func position(ofScalar offset: Int, in literal: String, fence: FencedBlock) -> (line: Int, column: Int) {
    var lineIndex = 0
    var lineStart = literal.unicodeScalars.startIndex
    var index = literal.unicodeScalars.startIndex
    for _ in 0..<offset {
      guard index < literal.unicodeScalars.endIndex else { break }
      if literal.unicodeScalars[index] == "\n" {
        lineIndex += 1
        lineStart = literal.unicodeScalars.index(after: index)
      }
      index = literal.unicodeScalars.index(after: index)
    }
    let line = fence.openingLine + 1 + lineIndex
    let before = String(literal.unicodeScalars[lineStart..<index]).utf8.count
    // The body line in the file is its container prefix (`> `, list indentation) and then the literal's line.
    var lineEnd = index
    while lineEnd < literal.unicodeScalars.endIndex, literal.unicodeScalars[lineEnd] != "\n" {
      lineEnd = literal.unicodeScalars.index(after: lineEnd)
    }
    let literalLine = Array(String(literal.unicodeScalars[lineStart..<lineEnd]).utf8)
    let fileLine = source.lineBytes(line)
    let prefix =
      fileLine.count >= literalLine.count && fileLine.suffix(literalLine.count).elementsEqual(literalLine)
      ? fileLine.count - literalLine.count : fence.linePrefix.utf8.count
    return (line, prefix + before + 1)
  }

  /// The attributes only some cell kinds take, as listed in the unknown-attribute message.
  static func kindAttributes(_ kind: CellKind) -> String {
    switch kind {
    case .exercise: return ", points=N"
    case .check: return ", points=N, hidden"
    case .code, .solution: return ""
    }
  }

  /// Checks and findings that need the whole lesson: which exercises have a solution, and expectations that follow
  /// starter code although a solution runs in its place.
  mutating func finish() throws {
    for (index, cell) in cells.enumerated() where cell.kind == .exercise {
      let hasSolution = solvedExercises.contains(index)
      cells[index].hasSolution = hasSolution
      if hasSolution, let target = cell.expectations.first {
        throw malformed(
          target.location.line, target.location.column,
          "an exercise's starter code is not checked when it has a solution; put `\(target.kind.rawValue)` after its `python solution`"
        )
      }
      if !hasSolution, !isReleased {
        findings.append(
          Finding(
            location: cell.location, severity: .warning,
            message:
              "exercise\(cell.id.map { " `\($0)`" } ?? "") has no `python solution`, so `check` runs its starter code in its place"
          ))
      }
    }
  }
}
