/// A Python type object: a built-in type (`int`, `list`, …), an exception type, or a native type
/// registered by a binding (`torch.Tensor`).
///
/// Native types decide membership with `instanceCheck` (used by `isinstance`) and may be callable
/// through `constructor`. Immutable, so one type object may serve every session.
public final class TypeObject: Sendable {
  /// What kind of type this is.
  public enum Kind: Sendable {
    /// A built-in value type; the name is the Python type name.
    case builtin
    /// An exception class; `parent` links the hierarchy.
    case exception
    /// A type provided by native bindings.
    case native
  }

  public let name: String
  public let kind: Kind
  public let parent: TypeObject?
  /// For native types: whether a value is an instance (for `isinstance`).
  public let instanceCheck: (@Sendable (Value) -> Bool)?
  /// Called when the type is called, e.g. `torch.Tensor(...)`; nil means not callable.
  public let constructor: (@Sendable (Arguments, NativeContext) throws -> Value)?
  /// For native types: the module-qualified name shown by `repr(type)` (`torch.Tensor`); nil shows `name`.
  public let qualifiedName: String?

  public init(
    name: String, kind: Kind, parent: TypeObject? = nil,
    instanceCheck: (@Sendable (Value) -> Bool)? = nil,
    constructor: (@Sendable (Arguments, NativeContext) throws -> Value)? = nil,
    qualifiedName: String? = nil
  ) {
    self.name = name
    self.kind = kind
    self.parent = parent
    self.instanceCheck = instanceCheck
    self.constructor = constructor
    self.qualifiedName = qualifiedName
  }

  /// A native type whose instances are native objects with `typeName == name`. A binding registers it
  /// with ``ModuleRegistry/registerType(_:)`` so that `type(x)` returns it. A `parent` built-in type
  /// makes instances pass `isinstance` for it too (`torch.Size` is a `tuple`).
  public static func native(
    name: String, qualifiedName: String? = nil, parent: TypeObject? = nil,
    constructor: (@Sendable (Arguments, NativeContext) throws -> Value)? = nil
  ) -> TypeObject {
    TypeObject(
      name: name, kind: .native, parent: parent,
      instanceCheck: { value in
        if case .native(let object) = value { return object.typeName == name }
        return false
      },
      constructor: constructor, qualifiedName: qualifiedName)
  }

  /// The method resolution order: this type, its bases in order, then `object`.
  public var mro: [TypeObject] {
    var chain: [TypeObject] = []
    var current: TypeObject? = self
    while let type = current {
      chain.append(type)
      current = type.parent
    }
    if chain.last !== TypeObject.object { chain.append(.object) }
    return chain
  }

  /// Whether this type is `other` or derives from it.
  public func isSubtype(of other: TypeObject) -> Bool {
    var current: TypeObject? = self
    while let type = current {
      if type === other || (type.kind == other.kind && type.name == other.name) { return true }
      current = type.parent
    }
    return false
  }

  // MARK: Built-in value types

  public static let int = TypeObject(name: "int", kind: .builtin)
  public static let float = TypeObject(name: "float", kind: .builtin)
  public static let bool = TypeObject(name: "bool", kind: .builtin, parent: TypeObject.int)
  public static let str = TypeObject(name: "str", kind: .builtin)
  public static let list = TypeObject(name: "list", kind: .builtin)
  public static let tuple = TypeObject(name: "tuple", kind: .builtin)
  public static let dict = TypeObject(name: "dict", kind: .builtin)
  public static let set = TypeObject(name: "set", kind: .builtin)
  public static let range = TypeObject(name: "range", kind: .builtin)
  public static let noneType = TypeObject(name: "NoneType", kind: .builtin)
  public static let object = TypeObject(name: "object", kind: .builtin)
  public static let type = TypeObject(name: "type", kind: .builtin)
  public static let slice = TypeObject(name: "slice", kind: .builtin)
  public static let function = TypeObject(name: "function", kind: .builtin)
  public static let builtinFunction = TypeObject(name: "builtin_function_or_method", kind: .builtin)
  public static let module = TypeObject(name: "module", kind: .builtin)
}
