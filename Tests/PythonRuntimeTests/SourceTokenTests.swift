import PythonRuntime
import XCTest

/// The token API highlighting uses: the interpreter's own lexer, pieces that join back into the source.
final class SourceTokenTests: XCTestCase {
  private func pieces(_ source: String) -> [String] {
    SourceToken.split(source).map { "\($0.kind.rawValue):\($0.text)" }
  }

  func testPiecesJoinBackIntoTheSource() {
    let sources = [
      "x = torch.ones(2, requires_grad=True)  # leaf\n",
      "def f(t):\n    return t ** 2 if t else None\n\n",
      "s = '''a\n# not a comment\n'''\nprint(s)\n",
      "y = [1,\n     2] \\\n  + [3]\n",
      "print('unterminated\n",
      "x = 1\r\ny = 2\r\n",
      "f'{x!r:>10}' rb'\\d' 0x1F 1_000.5e-3",
    ]
    for source in sources {
      XCTAssertEqual(SourceToken.split(source).map(\.text).joined(), source, source)
    }
  }

  func testKindsComeFromTheLexer() {
    XCTAssertEqual(
      pieces("if x is None: y = 'a#b'  # c\n"),
      [
        "keyword:if", "plain: ", "name:x", "plain: ", "keyword:is", "plain: ", "constant:None", "operator::",
        "plain: ", "name:y", "plain: ", "operator:=", "plain: ", "string:'a#b'", "plain:  ", "comment:# c",
        "plain:\n",
      ])
    XCTAssertEqual(
      pieces("2.5e3 + 0x10"), ["number:2.5e3", "plain: ", "operator:+", "plain: ", "number:0x10"])
  }

  func testTheRestAfterASyntaxErrorIsPlain() {
    XCTAssertEqual(
      pieces("x = 'open\ny = 2  # c\n"), ["name:x", "plain: ", "operator:=", "plain: 'open\ny = 2  # c\n"])
  }

  func testAnIndentedBlockKeepsItsWhitespace() {
    XCTAssertEqual(
      pieces("for i in r:\n    pass\n"),
      [
        "keyword:for", "plain: ", "name:i", "plain: ", "keyword:in", "plain: ", "name:r", "operator::",
        "plain:\n    ", "keyword:pass", "plain:\n",
      ])
  }
}
