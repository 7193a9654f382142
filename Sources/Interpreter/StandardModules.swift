/// The modules every session can import.
extension ModuleRegistry {
  /// A registry with `math`, `numpy` (a stub) and `torch`.
  ///
  /// Bindings add their modules here, e.g. `registry.register("torch", provider: TorchModule.make)`,
  /// so every `Session()` sees them.
  public static func standard() -> ModuleRegistry {
    let registry = ModuleRegistry()
    registry.register("math") { _ in MathModule.make() }
    registry.register("numpy") { _ in NumpyModule.make() }
    registry.register("torch", provider: TorchModule.make)
    return registry
  }
}
