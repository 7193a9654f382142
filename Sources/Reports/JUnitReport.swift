import Workbook

/// JUnit XML, as CI systems and GitHub Classroom read it: `gradbook grade --format junit` (one `testsuite` per lesson
/// per submission, one `testcase` per check case) and `gradbook check --format junit` (one `testsuite` per lesson, one
/// `testcase` per cell, or per case for a check). Testcase names are unique within each suite; every testcase has
/// `file` and `line` attributes. No timings, so the same run gives the same bytes.
public enum JUnitReport {
  /// One testcase before it is written.
  struct Case {
    var name: String
    var className: String
    var file: String
    var line: Int
    /// `failure` or `error` with its message; nil when it passed.
    var problem: (element: String, message: String)?
    var isSkipped = false
  }

  /// One testsuite before it is written.
  struct Suite {
    var name: String
    var cases: [Case]
    var properties: [(String, String)] = []
  }

  // MARK: grade

  public static func render(_ report: GradeReport) -> String {
    var suites: [Suite] = []
    if !report.sourceErrors.isEmpty {
      suites.append(
        Suite(
          name: "source",
          cases: report.sourceErrors.map { error in
            Case(
              name: error.description, className: "source", file: error.file, line: error.location?.line ?? 0,
              problem: ("error", error.description))
          }))
    }
    for submission in report.submissions {
      let className = classSafe(submission.name)
      if !submission.errors.isEmpty {
        suites.append(
          Suite(
            name: "\(submission.name): reading the submission",
            cases: submission.errors.map {
              Case(
                name: $0, className: className, file: submission.name, line: 0, problem: ("error", $0))
            }))
      }
      var lessons: [String] = []
      for exercise in submission.exercises where !lessons.contains(exercise.lessonFile) {
        lessons.append(exercise.lessonFile)
      }
      for lesson in lessons {
        let exercises = submission.exercises.filter { $0.lessonFile == lesson }
        var cases: [Case] = []
        for exercise in exercises {
          for test in exercise.tests {
            let problem: (String, String)? =
              switch test.status {
              case .pass: nil
              case .fail: ("failure", test.message ?? "failed")
              case .error: ("error", test.message ?? "error")
              }
            cases.append(
              Case(
                name: "\(exercise.id): \(test.name)", className: className + "." + classSafe(exercise.id),
                file: test.file, line: test.line, problem: problem))
          }
        }
        let score = exercises.reduce(0) { $0 + $1.score }
        let maxScore = exercises.reduce(0) { $0 + $1.maxScore }
        suites.append(
          Suite(
            name: "\(submission.name): \(lesson)", cases: cases,
            properties: [("score", PointsFormat.text(score)), ("max_score", PointsFormat.text(maxScore))]))
      }
    }
    return document(name: "gradbook grade", suites: suites)
  }

  // MARK: check

  public static func render(_ report: WorkbookReport) -> String {
    var suites: [Suite] = []
    for outcome in report.outcomes {
      switch outcome {
      case .rejected(let error):
        suites.append(
          Suite(
            name: error.file,
            cases: [
              Case(
                name: "read the lesson", className: classSafe(error.file), file: error.file,
                line: error.location?.line ?? 0, problem: ("error", error.description))
            ]))
      case .ran(let lesson):
        suites.append(
          Suite(name: lesson.lesson.file, cases: lesson.cells.flatMap { cases(of: $0, in: lesson) }))
      }
    }
    return document(name: "gradbook check", suites: suites)
  }

  static func cases(of report: CellReport, in lesson: LessonReport) -> [Case] {
    let cell = report.cell
    let file = lesson.lesson.file
    let className = classSafe(file)
    let label = "line \(cell.location.line)" + (cell.id.map { " (\($0))" } ?? "")
    guard report.cases.isEmpty else {
      return report.cases.map { checkCase in
        let problem: (String, String)? =
          switch checkCase.status {
          case .pass: nil
          case .fail: ("failure", checkCase.explanation(hidden: cell.isHidden) ?? "failed")
          case .error: ("error", checkCase.explanation(hidden: cell.isHidden) ?? "error")
          }
        return Case(
          name: "\(label): \(checkCase.name(hidden: cell.isHidden))", className: className, file: file,
          line: checkCase.line, problem: problem)
      }
    }
    var testCase = Case(
      name: "\(label) \(cell.kind.rawValue)", className: className, file: file, line: cell.location.line)
    switch report.status {
    case .passed, .unchecked: break
    case .skipped: testCase.isSkipped = true
    case .failed, .error:
      let what =
        report.result?.error?.text
        ?? report.mismatches.map { "\($0.kind.rawValue) differs" }.joined(separator: "; ")
      // A solution's diff would give the answer away; its failure says only what differs.
      testCase.problem = (report.status == .error ? "error" : "failure", what)
    }
    return [testCase]
  }

  // MARK: Writing

  static func document(name: String, suites: [Suite]) -> String {
    let all = suites.flatMap(\.cases)
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"\(escape(name))\" tests=\"\(all.count)\" failures=\"\(count(all, "failure"))\""
    xml += " errors=\"\(count(all, "error"))\">\n"
    for suite in suites {
      xml += "  <testsuite name=\"\(escape(suite.name))\" tests=\"\(suite.cases.count)\""
      xml += " failures=\"\(count(suite.cases, "failure"))\" errors=\"\(count(suite.cases, "error"))\""
      xml += " skipped=\"\(suite.cases.filter(\.isSkipped).count)\">\n"
      if !suite.properties.isEmpty {
        xml += "    <properties>\n"
        for (key, value) in suite.properties {
          xml += "      <property name=\"\(escape(key))\" value=\"\(escape(value))\"/>\n"
        }
        xml += "    </properties>\n"
      }
      var used: [String: Int] = [:]
      for testCase in suite.cases {
        // Names repeat when two asserts read alike; a number keeps each testcase apart.
        var name = testCase.name
        let seen = (used[name] ?? 0) + 1
        used[name] = seen
        if seen > 1 { name += " #\(seen)" }
        xml += "    <testcase name=\"\(escape(name))\" classname=\"\(escape(testCase.className))\""
        xml += " file=\"\(escape(testCase.file))\" line=\"\(testCase.line)\""
        if let problem = testCase.problem {
          xml += ">\n      <\(problem.element) message=\"\(escape(firstLine(problem.message)))\">"
          xml += escape(problem.message) + "</\(problem.element)>\n    </testcase>\n"
        } else if testCase.isSkipped {
          xml += ">\n      <skipped/>\n    </testcase>\n"
        } else {
          xml += "/>\n"
        }
      }
      xml += "  </testsuite>\n"
    }
    return xml + "</testsuites>\n"
  }

  private static func count(_ cases: [Case], _ element: String) -> Int {
    cases.filter { $0.problem?.element == element }.count
  }

  private static func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
  }

  /// A name usable as a dotted class name: spaces and slashes become `_`.
  static func classSafe(_ text: String) -> String {
    String(text.map { $0 == " " || $0 == "/" || $0 == "\\" ? "_" : $0 })
  }

  /// Text for an attribute or element: markup characters as entities, and characters XML 1.0 forbids (control
  /// characters other than tab and line breaks) written visibly as `\x1b`.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\t", "\n", "\r": result += "&#\(scalar.value);"
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        let hex = String(scalar.value, radix: 16)
        result += "\\x" + (hex.count < 2 ? "0" : "") + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
