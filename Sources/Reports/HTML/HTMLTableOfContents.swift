/// The report's table of contents: lessons, their sections and exercises, each a link to its anchor with its mark and
/// score. A sidebar on wide screens, a folded list at the top on narrow ones; `<details>`, so no script is needed.
enum HTMLTableOfContents {
  static func render(_ outline: ReportOutline, phrasebook: Phrasebook) -> String {
    var html = "<nav class=\"toc\" aria-label=\"" + escape(phrasebook.contents) + "\"><details open><summary>"
    html += escape(phrasebook.contents) + "</summary>\n"
    html += list(outline.entries, phrasebook: phrasebook)
    return html + "</details></nav>\n"
  }

  private static func list(_ entries: [ReportOutline.Entry], phrasebook: Phrasebook) -> String {
    guard !entries.isEmpty else { return "" }
    var html = "<ol>\n"
    for entry in entries {
      html += "<li class=\"\(entry.mark.rawValue)\"><a href=\"#" + escape(entry.anchor) + "\">"
      html +=
        "<span class=\"mark\" aria-hidden=\"true\">" + entry.mark.symbol + "</span> " + escape(entry.title)
        + "</a>"
      if let score = entry.score {
        html +=
          " <span class=\"score\">"
          + escape(phrasebook.points(earned: score.earned, possible: score.possible))
        html += "</span>"
      }
      html += "\n" + list(entry.children, phrasebook: phrasebook) + "</li>\n"
    }
    return html + "</ol>\n"
  }

  private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
