/// Finds a needle in a haystack in time linear in both (Knuth–Morris–Pratt): each haystack element is compared at
/// most twice, however the needle repeats itself.
public struct SubstringSearch<Element: Equatable> {
  public let needle: [Element]
  /// `border[i]`: the length of the longest proper prefix of `needle[...i]` that is also its suffix.
  private let border: [Int]

  public init(_ needle: [Element]) {
    self.needle = needle
    var border = [Int](repeating: 0, count: needle.count)
    var length = 0
    var index = 1
    while index < needle.count {
      if needle[index] == needle[length] {
        length += 1
        border[index] = length
        index += 1
      } else if length > 0 {
        length = border[length - 1]
      } else {
        index += 1
      }
    }
    self.border = border
  }

  /// The start of the leftmost occurrence of the needle that lies wholly in `haystack[start..<end]`, or nil.
  public func firstMatch(in haystack: [Element], from start: Int, to end: Int) -> Int? {
    let lower = max(0, start)
    let upper = min(end, haystack.count)
    guard !needle.isEmpty else { return lower <= upper ? lower : nil }
    guard upper - lower >= needle.count else { return nil }
    var matched = 0
    var index = lower
    while index < upper {
      if haystack[index] == needle[matched] {
        matched += 1
        index += 1
        if matched == needle.count { return index - matched }
      } else if matched > 0 {
        matched = border[matched - 1]
      } else {
        index += 1
      }
    }
    return nil
  }
}
