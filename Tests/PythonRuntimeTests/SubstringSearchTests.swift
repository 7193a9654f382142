import XCTest

@testable import PythonRuntime

/// An element that counts how often it is compared.
private struct CountedScalar: Equatable {
  final class Counter { var comparisons = 0 }
  let value: Character
  let counter: Counter

  static func == (left: CountedScalar, right: CountedScalar) -> Bool {
    left.counter.comparisons += 1
    return left.value == right.value
  }
}

final class SubstringSearchTests: XCTestCase {
  func testFindsTheLeftmostOccurrenceWithinBounds() {
    let search = SubstringSearch(Array("abab".unicodeScalars))
    let text = Array("xabababab".unicodeScalars)
    XCTAssertEqual(search.firstMatch(in: text, from: 0, to: text.count), 1)
    XCTAssertEqual(search.firstMatch(in: text, from: 2, to: text.count), 3)
    XCTAssertNil(search.firstMatch(in: text, from: 2, to: 6), "the match must end before the bound")
    XCTAssertEqual(SubstringSearch([Unicode.Scalar]()).firstMatch(in: text, from: 4, to: 4), 4)
    XCTAssertNil(search.firstMatch(in: text, from: 7, to: 20))
  }

  /// A self-overlapping needle against a text that almost matches everywhere: each text element is compared at most
  /// twice, and the needle's table costs at most twice its length.
  func testComparesEachElementAtMostTwice() {
    let counter = CountedScalar.Counter()
    let needle =
      Array(repeating: "a", count: 1000).map { CountedScalar(value: $0, counter: counter) }
      + [CountedScalar(value: "b", counter: counter)]
    let text = Array(repeating: "a", count: 20_000).map { CountedScalar(value: $0, counter: counter) }
    let search = SubstringSearch(needle)
    XCTAssertLessThanOrEqual(counter.comparisons, 2 * needle.count)
    counter.comparisons = 0
    XCTAssertNil(search.firstMatch(in: text, from: 0, to: text.count))
    XCTAssertLessThanOrEqual(counter.comparisons, 2 * text.count)
  }
}
