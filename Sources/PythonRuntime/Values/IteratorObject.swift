/// A Python iterator: a closure producing the next value, or nil when exhausted.
public final class IteratorObject {
  public let typeName: String
  private let produce: () throws -> Value?

  public init(typeName: String = "iterator", next produce: @escaping () throws -> Value?) {
    self.typeName = typeName
    self.produce = produce
  }

  /// The iterator's type (`enumerate`, `list_iterator`, …), known by its name.
  public var type: TypeObject { TypeObject(name: typeName) }

  /// The next value, or nil once the iterator is exhausted.
  public func next() throws -> Value? { try produce() }
}
