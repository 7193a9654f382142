/// The modules cells may import, by dotted name, each built on first import in a session, and the
/// per-session state of the bindings that provide them.
///
/// Bindings register a provider: `registry.register("torch") { context in ModuleObject(...) }`.
/// Submodules may be registered under their dotted name (`torch.nn`) or exposed as `.module`
/// attributes of the parent (`torch.autograd`); the evaluator looks for both.
/// Anything unregistered fails with `ModuleNotFoundError: No module named 'x'`.
public struct ModuleRegistry {
  /// Builds a module for one session.
  public typealias Provider = (NativeContext) throws -> ModuleObject
  /// Builds a binding's state for one session.
  public typealias ExtensionFactory = (NativeContext) -> SessionExtension

  private var providers: [String: Provider] = [:]
  /// Factories of per-session binding state, in registration order.
  private(set) var extensionFactories: [ExtensionFactory] = []
  /// Native types classes defined in cells may derive from (with their subtypes).
  private(set) var subclassableTypes: [TypeObject] = []
  /// Per subclassable type (by qualified name), the methods that bind to the subclass when read
  /// through it, as class methods do (`torch.autograd.Function.apply`).
  private(set) var subclassClassMethods: [String: Set<String>] = [:]
  /// Per subclassable type (by qualified name), what assigning an attribute before the part exists
  /// says (`nn.Module` refuses parameters and modules before `super().__init__()`).
  private(set) var assignmentsBeforeInit: [String: AssignmentBeforeInit] = [:]

  /// Checks `self.name = value` on an instance whose native part is not made yet; throws to refuse it.
  /// A value that is an instance of a class with a native part arrives as that part.
  public typealias AssignmentBeforeInit = (_ name: String, _ value: Value) throws -> Void

  public init() {}

  /// Registers (or replaces) the provider for `name`.
  public mutating func register(_ name: String, provider: @escaping Provider) {
    providers[name] = provider
  }

  /// Registers state that each session creates once and installs around everything it runs.
  public mutating func registerExtension(_ factory: @escaping ExtensionFactory) {
    extensionFactories.append(factory)
  }

  /// Lets classes defined in cells derive from `type` and its subtypes (`class Net(nn.Module)`).
  ///
  /// The type's constructor, called with the subclass's type, must make a ``NativeAttributeOwner``:
  /// it becomes the instance's native part, made by `super().__init__(...)` (or by the call itself
  /// when the class has no `__init__`). The instance's own dict and its class come first; then the
  /// part's attributes and its type's members (bound to the part); assignments go to the part
  /// (which may register them, as a module registers parameters); calling the instance calls the
  /// class's `forward` when the class has no `__call__`, and the part's repr is used when the
  /// class has no `__repr__`.
  /// `classMethods` names the type's methods that bind to the subclass itself (`Subclass.apply`);
  /// `beforeInit` checks assignments made before the part exists (by default all are kept).
  public mutating func allowSubclassing(
    _ type: TypeObject, classMethods: Set<String> = [], beforeInit: AssignmentBeforeInit? = nil
  ) {
    subclassableTypes.append(type)
    subclassClassMethods[type.qualifiedName, default: []].formUnion(classMethods)
    if let beforeInit { assignmentsBeforeInit[type.qualifiedName] = beforeInit }
  }

  /// The check for assignments before the native part of a class deriving from `base` exists.
  func assignmentBeforeInit(base: TypeObject) -> AssignmentBeforeInit? {
    for type in subclassableTypes where base.isSubtype(of: type) {
      if let check = assignmentsBeforeInit[type.qualifiedName] { return check }
    }
    return nil
  }

  /// The provider registered for `name`.
  public func provider(for name: String) -> Provider? { providers[name] }

  /// Names of all registered modules.
  public var names: [String] { providers.keys.sorted() }
}
