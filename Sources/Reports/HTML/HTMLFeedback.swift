/// The grade of one exercise in a feedback report: each case with ✓/✗, its share of the points and, for a public
/// case, its message. A hidden case shows its name and result only: never its code, nor its message (which may give
/// the answer away).
enum HTMLFeedback {
  static func cases(_ exercise: ExerciseScores.Exercise, phrasebook: Phrasebook) -> String {
    var html = "<div class=\"grade\">"
    if let problem = exercise.problem {
      html += "<p class=\"problem\">" + escape(phrasebook.notGraded + ": " + problem) + "</p>"
    }
    html += "<ul class=\"cases\">\n"
    for test in exercise.tests {
      let passed = test.status == "pass"
      html += "<li class=\"case \(passed ? "passed" : "failed")\(test.isHidden ? " hidden" : "")\">"
      html += "<span class=\"mark\">" + (passed ? "✓" : "✗") + "</span> "
      if test.isHidden {
        html += "<span class=\"hidden-label\">" + escape(phrasebook.hiddenCheck) + "</span> "
      }
      html += "<code>" + escape(test.name) + "</code> "
      html +=
        "<span class=\"case-points\">"
        + escape(phrasebook.points(earned: test.score, possible: test.maxScore))
      html += "</span>"
      if !test.isHidden, !passed, let message = test.message, !message.isEmpty {
        html += "<br><span class=\"why\">" + escape(message) + "</span>"
      }
      html += "</li>\n"
    }
    return html + "</ul></div>\n"
  }

  private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
