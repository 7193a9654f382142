import PythonRuntime

/// Runs a check cell one case at a time, so each top-level `assert` earns its own share of the points.
///
/// The statements before an assert run first, then the assert alone, each as a cell of its own (with its own budget),
/// in the same session. When a statement before an assert raises, that case and every later one is an error. Statements
/// after the last assert belong to the last case. A check with expectation fences, or without top-level asserts, is one
/// case: the whole cell.
enum CheckCaseRunner {
  /// What running `cell` produced (outputs and warnings of every part, the first error) and its cases.
  static func run(_ cell: Cell, with runner: CellRunner) -> (result: CellResult, cases: [CheckCase]) {
    guard cell.expectations.isEmpty, let asserts = cell.topLevelAsserts, !asserts.isEmpty
    else {
      return runWhole(cell, with: runner)
    }
    let lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var merged = CellResult()
    var cases: [CheckCase] = []
    var broken: String?
    var previousEnd = 0
    for (index, assertion) in asserts.enumerated() {
      let fileLine = cell.codeStartLine + assertion.firstLine - 1
      var outcome = CheckCase(line: fileLine, assertSource: assertion.testSource, status: .pass)
      defer {
        cases.append(outcome)
        previousEnd = assertion.lastLine
      }
      if let broken {
        outcome.status = .error
        outcome.message = broken
        continue
      }
      let prelude = Array(lines[min(previousEnd, lines.count)..<min(assertion.firstLine - 1, lines.count)])
      if let error = runPart(prelude, firstLine: previousEnd + 1, cell: cell, runner: runner, into: &merged) {
        let reason = "not run: line \(error.line) raised \(error.text)"
        outcome.status = .error
        outcome.message = "line \(error.line) raised \(error.text)"
        broken = reason
        continue
      }
      let body = Array(
        lines[min(assertion.firstLine - 1, lines.count)..<min(assertion.lastLine, lines.count)])
      if let error = runPart(body, firstLine: assertion.firstLine, cell: cell, runner: runner, into: &merged)
      {
        if error.typeName == "AssertionError" {
          outcome.status = .fail
          outcome.message = error.message.isEmpty ? nil : error.message
        } else {
          outcome.status = .error
          outcome.message = error.text
        }
      }
      if index == asserts.count - 1 {
        let tail = Array(lines[min(assertion.lastLine, lines.count)...])
        let error = runPart(
          tail, firstLine: assertion.lastLine + 1, cell: cell, runner: runner, into: &merged)
        if let error, outcome.status == .pass {
          outcome.status = .error
          outcome.message = "line \(error.line), after the last assert, raised \(error.text)"
        }
      }
    }
    return (merged, cases)
  }

  /// How many cases `cell` has (without running it).
  static func caseCount(of cell: Cell) -> Int {
    guard cell.expectations.isEmpty, let asserts = cell.topLevelAsserts else { return 1 }
    return max(1, asserts.count)
  }

  /// Cases that did not run because the exercise's own code stopped with `reason`: one per top-level assert (or one).
  static func notRun(_ cell: Cell, because reason: String) -> [CheckCase] {
    let message = "not run: " + reason
    let asserts = cell.expectations.isEmpty ? cell.topLevelAsserts ?? [] : []
    guard !asserts.isEmpty else {
      return [CheckCase(line: cell.codeStartLine, assertSource: nil, status: .error, message: message)]
    }
    return asserts.map {
      CheckCase(
        line: cell.codeStartLine + $0.firstLine - 1, assertSource: $0.testSource, status: .error, message: message
      )
    }
  }

  /// The whole cell as one case.
  private static func runWhole(_ cell: Cell, with runner: CellRunner) -> (
    result: CellResult, cases: [CheckCase]
  ) {
    let result = runner.run(cell.code, startLine: cell.codeStartLine)
    var outcome = CheckCase(line: cell.codeStartLine, assertSource: nil, status: .pass)
    if !cell.expectations.isEmpty {
      let verdict = CellEvaluator.evaluate(cell, result: result)
      switch verdict.status {
      case .passed, .unchecked, .skipped:
        break
      case .error:
        outcome.status = .error
        outcome.message = result.error.map { "line \($0.line) raised \($0.text)" }
      case .failed:
        outcome.status = .fail
        outcome.message = verdict.mismatches.map { "its \($0.kind.rawValue) differs from the fence" }
          .joined(separator: "; ")
      }
    } else if let error = result.error {
      if error.typeName == "AssertionError" {
        outcome.status = .fail
        outcome.message = error.message.isEmpty ? "assertion failed at line \(error.line)" : error.message
      } else {
        outcome.status = .error
        outcome.message = "line \(error.line) raised \(error.text)"
      }
    }
    return (result, [outcome])
  }

  /// Runs lines of the check (the first being line `firstLine` of the cell) unless they hold only blanks and comments;
  /// adds what they produced to `merged` and returns the error that stopped them.
  private static func runPart(
    _ lines: [String], firstLine: Int, cell: Cell, runner: CellRunner, into merged: inout CellResult
  ) -> CellError? {
    let hasCode = lines.contains { line in
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      return !trimmed.isEmpty && !trimmed.hasPrefix("#") && trimmed != "\r"
    }
    guard hasCode else { return nil }
    let result = runner.run(
      lines.joined(separator: "\n") + "\n", startLine: cell.codeStartLine + firstLine - 1)
    merged.output += result.output
    merged.warnings += result.warnings
    if merged.error == nil { merged.error = result.error }
    return result.error
  }
}
