/// The mutable storage behind a Python `list`, shared by every name bound to it.
public final class ListObject {
  public var elements: [Value]

  public init(_ elements: [Value] = []) {
    self.elements = elements
  }
}
