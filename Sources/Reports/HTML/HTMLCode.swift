import PythonRuntime

/// Python code as HTML: highlighted by the interpreter's own lexer (`SourceToken`), so what is shown as a string or a
/// keyword is what runs as one, and one line per source line, numbered as in the lesson file.
enum HTMLCode {
  /// The class of each token kind; names, whitespace and text after a syntax error stay unmarked.
  static func className(_ kind: SourceToken.Kind) -> String? {
    switch kind {
    case .keyword: return "t-kw"
    case .constant: return "t-const"
    case .number: return "t-num"
    case .string: return "t-str"
    case .comment: return "t-com"
    case .operator: return "t-op"
    case .name, .plain: return nil
    }
  }

  /// `<pre class="code">` with each line a `<span class="line">` whose number (`data-n`, drawn by CSS so that copying
  /// the code copies no numbers) is its line in the lesson file; `raisingLine` is marked.
  static func listing(_ code: String, firstLine: Int, raisingLine: Int?, raisedTitle: String) -> String {
    var lines: [String] = [""]
    for piece in SourceToken.split(code) {
      let parts = piece.text.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, part) in parts.enumerated() {
        if index > 0 { lines.append("") }
        guard !part.isEmpty else { continue }
        let text = HTMLEscaping.escape(String(part))
        if let className = className(piece.kind) {
          lines[lines.count - 1] += "<span class=\"\(className)\">" + text + "</span>"
        } else {
          lines[lines.count - 1] += text
        }
      }
    }
    if lines.count > 1, lines.last == "" { lines.removeLast() }
    var html = "<pre class=\"code\"><code class=\"language-python\">"
    for (offset, line) in lines.enumerated() {
      let (number, overflow) = firstLine.addingReportingOverflow(offset)
      let raised = !overflow && number == raisingLine
      html +=
        raised
        ? "<span class=\"line raised\" title=\"\(HTMLEscaping.escape(raisedTitle))\">"
        : "<span class=\"line\">"
      html += "<span class=\"ln\" data-n=\"\(overflow ? 0 : number)\"></span>" + line + "</span>\n"
    }
    return html + "</code></pre>\n"
  }
}
