/// A Python iterator: a closure producing the next value, or nil when exhausted.
public final class IteratorObject {
  public let typeName: String
  /// The qualified name of the function that made it (`Module.parameters`), shown in its repr.
  public let displayName: String?
  private let produce: () throws -> Value?
  /// The generator behind this iterator, when it is one (for `send`, `close`, `yield from`).
  let generator: GeneratorObject?

  public init(
    typeName: String = "iterator", displayName: String? = nil, next produce: @escaping () throws -> Value?
  ) {
    self.typeName = typeName
    self.displayName = displayName
    self.produce = produce
    self.generator = nil
  }

  /// The iterator of a generator: each step resumes its body.
  init(generator: GeneratorObject) {
    self.typeName = "generator"
    self.displayName = generator.name
    self.produce = { try generator.send(.none) }
    self.generator = generator
  }

  /// The iterator's type (`enumerate`, `list_iterator`, …), known by its name.
  public var type: TypeObject { generator == nil ? TypeObject(name: typeName) : .generator }

  /// The next value, or nil once the iterator is exhausted.
  public func next() throws -> Value? { try produce() }
}
