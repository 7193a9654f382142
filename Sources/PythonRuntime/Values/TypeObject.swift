/// A Python type: its name, its bases (and so its method resolution order), the table of members it
/// declares natively, and how calling it builds an instance.
///
/// Attribute lookup starts at a value's type and walks the MRO, nearest type first; the members of
/// every type on the MRO are flattened into one dictionary when the type is made, so a lookup is one
/// hash. Types are immutable, so one serves every session: built-in types are statics
/// (`TypeObject.str`, `PythonError.Kind.typeError.type`); bindings make their own (`torch.Tensor`) and
/// hand them out through ``NativeObject/pythonType``.
///
/// Classes defined in cells (`class A(B, C):`) fit this shape: they get `bases` and a C3 MRO here,
/// plus a class dict (not yet present) that lookup consults, at each step of the MRO, before that
/// type's native members; a class dict can change, so such a type will flatten only its native part.
public final class TypeObject: Sendable {
  /// Builds an instance when the type is called; receives the type actually called (a subclass
  /// inherits its base's constructor and must get instances of itself).
  public typealias Constructor =
    @Sendable (_ type: TypeObject, _ arguments: Arguments, _ context: NativeContext) throws
    -> Value

  /// `type(x).__name__`, e.g. `Tensor`.
  public let name: String
  /// The name `repr(type)` shows, e.g. `torch.Tensor`; equal to `name` for built-in types.
  public let qualifiedName: String
  /// The name Python's messages give the type (CPython's `tp_name`): the dotted name of a type
  /// implemented in C (`'torch.Size' object has no attribute 'x'`), the plain name of a class
  /// written in Python (`'Tensor' object …`, since `torch.Tensor` is one).
  public let messageName: String
  /// The direct bases, in declaration order (`object` has none).
  public let bases: [TypeObject]
  /// The MRO after this type: its bases' linearization, `object` last (empty for `object`).
  public let ancestors: [TypeObject]
  /// The members this type itself declares.
  public let members: MemberTable
  /// Every member an instance sees (this type's and its bases', the nearest declaration winning),
  /// and where each name is in it.
  private let visibleMembers: ContiguousArray<Member>
  private let memberIndex: [String: Int]
  private let constructor: Constructor?
  /// Decides `isinstance(value, type)` in place of the MRO, as a metaclass's `__instancecheck__` does
  /// (`isinstance(t, torch.FloatTensor)` asks the tensor's dtype); nil for ordinary types.
  public let instanceCheck: (@Sendable (Value) -> Bool)?
  /// Whether the type is the same only as itself, not as another type of its qualified name (a class
  /// defined in a cell: another cell may define a class of the same name).
  let identifiedByObject: Bool

  /// A type deriving from `bases` (default: `object`) with the given members.
  public convenience init(
    name: String, qualifiedName: String? = nil, messageName: String? = nil, bases: [TypeObject]? = nil,
    members: MemberTable = MemberTable(), constructor: Constructor? = nil,
    instanceCheck: (@Sendable (Value) -> Bool)? = nil
  ) {
    self.init(
      name: name, qualifiedName: qualifiedName, messageName: messageName, bases: bases, members: members,
      constructor: constructor, instanceCheck: instanceCheck, identifiedByObject: false)
  }

  init(
    name: String, qualifiedName: String? = nil, messageName: String? = nil, bases: [TypeObject]? = nil,
    members: MemberTable = MemberTable(), constructor: Constructor? = nil,
    instanceCheck: (@Sendable (Value) -> Bool)? = nil, identifiedByObject: Bool
  ) {
    self.instanceCheck = instanceCheck
    self.identifiedByObject = identifiedByObject
    self.name = name
    self.qualifiedName = qualifiedName ?? name
    self.messageName = messageName ?? name
    let bases = bases ?? [TypeObject.object]
    self.bases = bases
    self.members = members
    self.constructor = constructor
    let ancestors = TypeObject.linearize(bases)
    var visible: [String: Member] = [:]
    for type in ancestors.reversed() { visible.merge(type.members.byName) { _, nearer in nearer } }
    visible.merge(members.byName) { _, own in own }
    self.visibleMembers = ContiguousArray(visible.values)
    self.memberIndex = Dictionary(uniqueKeysWithValues: visibleMembers.enumerated().map { ($1.name, $0) })
    self.ancestors = ancestors
  }

  /// `object`: the root of every MRO.
  public static let object = TypeObject(root: "object", constructor: TypeConstructors.object)

  private init(root name: String, constructor: @escaping Constructor) {
    self.instanceCheck = nil
    self.identifiedByObject = false
    self.name = name
    self.qualifiedName = name
    self.messageName = name
    self.bases = []
    self.members = MemberTable()
    self.constructor = constructor
    self.visibleMembers = []
    self.memberIndex = [:]
    self.ancestors = []
  }

  /// The method resolution order: this type first, `object` last.
  public var mro: [TypeObject] { [self] + ancestors }

  /// The member `name` as instances see it (nil when no type on the MRO declares it).
  @inline(__always)
  public func member(_ name: String) -> Member? {
    guard let index = memberIndex[name] else { return nil }
    return visibleMembers[index]
  }

  /// Runs method `name` of a built-in type on `receiver`; nil when the type has no such method.
  /// The hot path of `x.name(...)`: one hash, nothing copied out of the table.
  @inline(__always)
  func callMethod(_ name: String, on receiver: Value, _ arguments: Arguments, _ evaluator: Evaluator) throws
    -> Value?
  {
    guard let index = memberIndex[name] else { return nil }
    return try visibleMembers[index].evaluatorBody?(receiver, arguments, evaluator)
  }

  /// Every member name instances see, unordered.
  public var memberNames: Dictionary<String, Int>.Keys { memberIndex.keys }

  /// Whether this type is `other` or derives from it.
  public func isSubtype(of other: TypeObject) -> Bool {
    if isSame(as: other) { return true }
    for type in ancestors where type.isSame(as: other) { return true }
    return false
  }

  /// Whether both are the same type. Types built in Swift are known by their qualified name, since
  /// a binding may build the object for one Python type more than once (one per grad_fn node).
  public func isSame(as other: TypeObject) -> Bool {
    self === other || (!identifiedByObject && !other.identifiedByObject && qualifiedName == other.qualifiedName)
  }

  /// Calls the type: the nearest constructor on the MRO, or Python's TypeError when there is none.
  public func construct(_ arguments: Arguments, context: NativeContext) throws -> Value {
    if let constructor { return try constructor(self, arguments, context) }
    for type in ancestors {
      if let constructor = type.constructor { return try constructor(self, arguments, context) }
    }
    throw PythonError.typeError("cannot create '\(name)' instances")
  }

  /// C3 linearization of the bases' MROs (Python's rule); falls back to depth-first order when the
  /// bases admit no consistent order, which only a binding's own mistake could cause.
  private static func linearize(_ bases: [TypeObject]) -> [TypeObject] {
    var sequences = bases.map { [$0] + $0.ancestors } + [bases]
    var result: [TypeObject] = []
    while true {
      sequences = sequences.filter { !$0.isEmpty }
      guard !sequences.isEmpty else { return result }
      let candidate = sequences.lazy.compactMap(\.first).first { head in
        !sequences.contains { $0.dropFirst().contains { $0 === head } }
      }
      guard let next = candidate else {
        var fallback: [TypeObject] = []
        for type in bases.flatMap({ [$0] + $0.ancestors }) where !fallback.contains(where: { $0 === type }) {
          fallback.append(type)
        }
        return fallback
      }
      result.append(next)
      sequences = sequences.map { $0.first === next ? Array($0.dropFirst()) : $0 }
    }
  }
}
