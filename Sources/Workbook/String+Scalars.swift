extension String {
  /// Whether the two strings hold the same Unicode scalars. Swift's `==` says canonically equivalent strings
  /// (`é` and `e` + U+0301) are equal; Python's `==`, and so Gradbook when it compares texts, does not.
  public func hasSameScalars(as other: String) -> Bool {
    // Equal UTF-8 bytes are equal scalars, and the bytes are at hand.
    utf8.elementsEqual(other.utf8)
  }
}
