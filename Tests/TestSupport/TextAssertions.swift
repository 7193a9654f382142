import XCTest

/// Asserts two texts are equal; on failure reports a line diff (`-` expected, `+` actual) instead of two blobs.
public func assertTextEqual(
  _ actual: String, _ expected: String, _ message: @autoclosure () -> String = "",
  file: StaticString = #filePath, line: UInt = #line
) {
  guard actual != expected else { return }
  let diff = lineDiff(expected: expected, actual: actual)
  let prefix = message().isEmpty ? "" : message() + "\n"
  XCTFail("\(prefix)texts differ (- expected, + actual):\n\(diff)", file: file, line: line)
}

/// A minimal line diff (longest common subsequence) for test failure messages.
public func lineDiff(expected: String, actual: String) -> String {
  let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
  for i in stride(from: a.count - 1, through: 0, by: -1) {
    for j in stride(from: b.count - 1, through: 0, by: -1) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  var out: [String] = []
  var i = 0
  var j = 0
  while i < a.count || j < b.count {
    if i < a.count, j < b.count, a[i] == b[j] {
      out.append("  " + a[i]); i += 1; j += 1
    } else if j < b.count, i == a.count || lcs[i][j + 1] >= lcs[i + 1][j] {
      out.append("+ " + visible(b[j])); j += 1
    } else {
      out.append("- " + visible(a[i])); i += 1
    }
  }
  return out.joined(separator: "\n")
}

/// Shows trailing whitespace, which otherwise hides in a diff.
private func visible(_ line: String) -> String {
  guard let last = line.last, last == " " || last == "\t" else { return line }
  return line + "⏎"
}
