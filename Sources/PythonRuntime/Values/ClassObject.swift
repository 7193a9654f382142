/// A class defined by a `class` statement: its namespace, its bases and its method resolution order.
///
/// The class is seen by cells as `.type(type)`, a ``TypeObject`` made for it; the evaluator finds the
/// class behind such a type in its registry (see `Evaluator.userClass(_:)`) to read its attributes
/// and to instantiate it when it is called. Instances are ``InstanceObject``s.
final class ClassObject {
  let name: String
  /// The direct bases that are classes defined in cells, in declaration order.
  let bases: [ClassObject]
  /// A built-in or native base (an exception class, `nn.Module`, …), inherited through any base.
  let nativeBase: TypeObject?
  /// This class, then its bases' linearization (C3), as `__mro__` lists them (without `object`).
  private(set) var mro: [ClassObject] = []
  /// The class namespace: names in definition order, and their values.
  private(set) var names: [String] = []
  private var attributes: [String: Value] = [:]
  /// The type object cells see.
  let type: TypeObject

  /// A class with `bases`; throws CPython's TypeError when they admit no consistent MRO.
  init(name: String, bases: [ClassObject], nativeBase: TypeObject?, namespace: [(String, Value)]) throws {
    self.name = name
    self.bases = bases
    let inheritedBase = nativeBase ?? bases.lazy.compactMap(\.nativeBase).first
    self.nativeBase = inheritedBase
    // The type's bases are the classes' types, then a built-in base named directly: its ancestors
    // give `isinstance`, `issubclass` and `except` for free, and an exception class stays one.
    var typeBases = bases.map(\.type)
    if let nativeBase { typeBases.append(nativeBase) }
    // Known by identity: two cells may each define a class `A`, and they are different classes.
    type = TypeObject(
      name: name, qualifiedName: "__main__." + name, bases: typeBases.isEmpty ? nil : typeBases,
      identifiedByObject: true)
    for (key, value) in namespace { self[key] = value }
    mro = [self] + (try Self.linearize(bases))
  }

  /// The attribute `name` in this class's own namespace.
  subscript(name: String) -> Value? {
    get { attributes[name] }
    set {
      if newValue != nil, attributes[name] == nil { names.append(name) }
      if newValue == nil { names.removeAll { $0 == name } }
      attributes[name] = newValue
    }
  }

  /// Empties the namespace (at session teardown, to break reference cycles), returning the values.
  func removeAll() -> [Value] {
    defer {
      attributes.removeAll()
      names.removeAll()
    }
    return Array(attributes.values)
  }

  /// `name` looked up along the MRO, with the class that defines it.
  func lookup(_ name: String) -> (value: Value, owner: ClassObject)? {
    for type in mro {
      if let value = type.attributes[name] { return (value, type) }
    }
    return nil
  }

  /// `name` looked up along the MRO after `start` (for `super()`).
  func lookup(_ name: String, after start: ClassObject) -> (value: Value, owner: ClassObject)? {
    guard let index = mro.firstIndex(where: { $0 === start }) else { return nil }
    for type in mro[(index + 1)...] {
      if let value = type.attributes[name] { return (value, type) }
    }
    return nil
  }

  /// Whether this class is `other` or derives from it.
  func isSubclass(of other: ClassObject) -> Bool {
    mro.contains { $0 === other }
  }

  /// C3 linearization of the bases (Python's rule), or CPython's TypeError naming the bases that
  /// could not be ordered.
  private static func linearize(_ bases: [ClassObject]) throws -> [ClassObject] {
    var sequences = bases.map(\.mro) + [bases]
    var result: [ClassObject] = []
    while true {
      sequences.removeAll { $0.isEmpty }
      guard !sequences.isEmpty else { return result }
      let next = sequences.lazy.compactMap(\.first).first { head in
        !sequences.contains { $0.dropFirst().contains { $0 === head } }
      }
      guard let next else {
        var heads: [String] = []
        for sequence in sequences {
          if let head = sequence.first, !heads.contains(head.name) { heads.append(head.name) }
        }
        throw PythonError.typeError(
          // CPython 3.11's message has this line break.
          "Cannot create a consistent method resolution\norder (MRO) for bases \(heads.joined(separator: ", "))")
      }
      result.append(next)
      sequences = sequences.map { $0.first === next ? Array($0.dropFirst()) : $0 }
    }
  }
}
