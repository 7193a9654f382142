import TorchBindings

extension LessonBuilder {
  /// Reads a `graph` fence's attributes: `of=NAME[,NAME…]` (variables to draw from), `saved`, `grads`.
  func graphRequest(_ tokens: ArraySlice<FenceInfoToken>, line: Int) throws -> GraphRequest {
    var request = GraphRequest()
    var seen: Set<String> = []
    for token in tokens {
      let name = token.text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? token.text
      guard seen.insert(name).inserted else {
        throw malformed(line, token.column, "attribute `\(name)` given twice")
      }
      if token.text.hasPrefix("of=") {
        let names = token.text.dropFirst(3).split(separator: ",", omittingEmptySubsequences: false).map(
          String.init)
        if let bad = names.first(where: { !Self.isIdentifier($0) }) {
          throw malformed(
            line, token.column,
            bad.isEmpty
              ? "`of=` needs variable names separated by commas, such as of=y or of=loss,w"
              : "`\(bad)` in `of=` is not a variable name")
        }
        request.roots = names
      } else if token.text == "saved" {
        request.showsSaved = true
      } else if token.text == "grads" {
        request.showsGrads = true
      } else {
        throw malformed(
          line, token.column,
          "unknown attribute `\(token.text)` in a `graph` fence (expected of=NAME[,NAME…], saved, grads)")
      }
    }
    return request
  }

  /// Whether `text` is a Python identifier (a letter or `_`, then letters, digits or `_`, in Unicode's sense).
  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first == "_" || first.properties.isXIDStart else {
      return false
    }
    return text.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
  }
}
