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

  public init() {}

  /// Registers (or replaces) the provider for `name`.
  public mutating func register(_ name: String, provider: @escaping Provider) {
    providers[name] = provider
  }

  /// Registers state that each session creates once and installs around everything it runs.
  public mutating func registerExtension(_ factory: @escaping ExtensionFactory) {
    extensionFactories.append(factory)
  }

  /// The provider registered for `name`.
  public func provider(for name: String) -> Provider? { providers[name] }

  /// Names of all registered modules.
  public var names: [String] { providers.keys.sorted() }
}
