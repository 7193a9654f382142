/// The modules cells may import, by dotted name, each built on first import in a session.
///
/// Bindings register a provider: `registry.register("torch") { context in ModuleObject(...) }`.
/// Submodules may be registered under their dotted name (`torch.nn`) or exposed as `.module`
/// attributes of the parent (`torch.autograd`); the evaluator looks for both.
/// Anything unregistered fails with `ModuleNotFoundError: No module named 'x'`.
public final class ModuleRegistry {
  /// Builds a module for one session.
  public typealias Provider = (NativeContext) throws -> ModuleObject

  private var providers: [String: Provider] = [:]

  public init() {}

  /// Registers (or replaces) the provider for `name`.
  public func register(_ name: String, provider: @escaping Provider) {
    providers[name] = provider
  }

  /// The provider registered for `name`.
  public func provider(for name: String) -> Provider? { providers[name] }

  /// Names of all registered modules.
  public var names: [String] { providers.keys.sorted() }
}
