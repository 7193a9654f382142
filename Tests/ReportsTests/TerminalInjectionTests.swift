import Foundation
import PythonRuntime
import Workbook
import XCTest

@testable import Reports

/// The real interpreter, except that the cell `warn` raises warnings (the cell language has no `warnings.warn`).
private final class HostileRunner: CellRunner {
  let session = CellRunners.interpreter()

  func run(_ code: String, startLine: Int) -> CellResult {
    if code == "warn\n" { return CellResult(warnings: ["UserWarning: \u{1B}[2Jwarned\u{9B}31m"]) }
    return session.run(code, startLine: startLine)
  }
}

/// Lesson text and cell output reach the terminal with their control characters shown, never obeyed: only
/// Gradbook's own colours are escape sequences.
final class TerminalInjectionTests: XCTestCase {
  private var folder = URL(fileURLWithPath: "/")

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-inject-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Prose, links, code, hints, fence words, outputs, warnings, errors and file names, all carrying escapes.
  static let hostileLesson = """
    # Title \u{1B}]0;pwned\u{07}

    Prose \u{1B}[2J raw, &#27;[H from an entity, \u{9B}2J as C1, a \u{08}backspace and a\u{0D}return.

    [link \u{1B}[5m](http://example.com/&#27;[2J) `code \u{1B}[31m` <span>\u{1B}[8m</span> ![img](x&#7;.png)

    > quote \u{07}

        indented \u{1B}[2J

    ```text
    fenced \u{1B}[2J \u{7F}
    ```

    <div>
    \u{1B}[2J html
    </div>

    ```pyth\u{1B}n
    x
    ```

    ```python
    print('\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H✓ all passed')
    ```

    ```python
    print('\\x1b[8mhidden\\rshown')
    ```

    ```output
    \u{1B}[8mexpected
    ```

    ```python
    raise ValueError('\\x1b[2J\\x9b')
    ```

    ```python
    warn
    ```

    ```python
    print('\\x1b[31m')
    ```

    ```error
    ValueError: \u{1B}
    ```

    ```python exercise id=e
    pass \u{1B}[2J
    ```

    ```hint
    hint \u{1B}[2J
    ```

    """

  private func writeLessons() throws -> [String] {
    let hostile = folder.appendingPathComponent("hostile\u{1B}[2J.md").path
    try Data(Self.hostileLesson.utf8).write(to: URL(fileURLWithPath: hostile))
    let malformed = folder.appendingPathComponent("bad\u{07}.md").path
    try Data("# B\n\n```python \u{1B}[2J\nx\n```\n".utf8).write(to: URL(fileURLWithPath: malformed))
    return [hostile, malformed, folder.appendingPathComponent("missing\u{1B}[2J.md").path]
  }

  private func capture(_ body: (CommandDriver) -> Int32) -> String {
    var text = ""
    let runner = HostileRunner()
    let driver = CommandDriver(makeRunner: { runner }, write: { text += $0 }, writeError: { text += $0 })
    _ = body(driver)
    return text
  }

  func testRunAndCheckShowControlCharactersWithColourOff() throws {
    let paths = try writeLessons()
    let options = TerminalOptions(width: 80, color: false)
    let run = capture { $0.run(paths: paths, format: .text, options: options) }
    let check = capture { $0.check(paths: paths, format: .text, options: options, update: false) }
    for (name, text) in [("run", run), ("check", check)] {
      XCTAssertEqual(Self.controlCharacters(in: text), [], "\(name) emitted control characters:\n\(text)")
    }
    XCTAssertTrue(run.contains("\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H✓ all passed"), run)
    XCTAssertTrue(run.contains("Prose \\x1b[2J raw, \\x1b[H from an entity, \\x9b2J as C1"), run)
    XCTAssertTrue(run.contains("hostile\\x1b[2J.md"), run)
    XCTAssertTrue(check.contains("ValueError: \\x1b[2J\\x9b"), check)
  }

  func testWithColourOnOnlyGradbooksOwnStylesAreEscapes() throws {
    let paths = try writeLessons()
    let options = TerminalOptions(width: 80, color: true)
    let run = capture { $0.run(paths: paths, format: .text, options: options) }
    let check = capture { $0.check(paths: paths, format: .text, options: options, update: false) }
    for (name, text) in [("run", run), ("check", check)] {
      let (styles, rest) = Self.splitStyles(text)
      XCTAssertFalse(styles.isEmpty, "\(name) is coloured")
      XCTAssertEqual(
        styles.subtracting(Self.gradbookStyles), [], "\(name) emitted styles Gradbook never uses")
      XCTAssertEqual(Self.controlCharacters(in: rest), [], "\(name) emitted control characters:\n\(rest)")
    }
  }

  func testCheckUpdateNamesTheFileVisibly() throws {
    let paths = try writeLessons()
    let text = capture {
      $0.check(paths: [paths[0]], format: .text, options: TerminalOptions(), update: true)
    }
    XCTAssertEqual(Self.controlCharacters(in: text), [], text)
    XCTAssertTrue(text.contains("hostile\\x1b[2J.md: updated"), text)
  }

  /// Every C0 control other than newline and tab, DEL, and every C1 control in `text`, as code points.
  static func controlCharacters(in text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value).filter {
      ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || (0x7F...0x9F).contains($0)
    }
  }

  /// The SGR sequences `ESC [ … m` in `text`, and the text without them.
  static func splitStyles(_ text: String) -> (styles: Set<String>, rest: String) {
    var styles: Set<String> = []
    var rest = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
        var end = index + 2
        while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == ";" { end += 1 }
        if end < scalars.count, scalars[end] == "m" {
          styles.insert(String(String.UnicodeScalarView(scalars[(index + 2)..<end])))
          index = end + 1
          continue
        }
      }
      rest.append(scalars[index])
      index += 1
    }
    return (styles, String(rest))
  }

  /// Every parameter list `TerminalPalette` can write: the reset and each combination of `TextStyle`s.
  static let gradbookStyles: Set<String> = {
    var styles: Set<String> = ["0"]
    for raw in 1..<(1 << 10) { styles.insert(TextStyle(rawValue: raw).sgrParameters.joined(separator: ";")) }
    return styles
  }()
}
