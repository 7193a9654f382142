/// The modules of the language itself, which every session can import.
extension ModuleRegistry {
  /// The language's modules (`math`, `random`, `collections`, …) and `numpy` (a stub that explains numpy is absent).
  ///
  /// Bindings add their modules to it: the workbook composes `standard()` with `torch`.
  public static func standard() -> ModuleRegistry {
    var registry = ModuleRegistry()
    registry.register("math") { _ in MathModule.make() }
    registry.register("numpy") { _ in NumpyModule.make() }
    registry.register("random") { context in try RandomModule.make(context) }
    registry.register("__future__") { _ in FutureModule.make() }
    registry.register("collections") { _ in CollectionsModule.make() }
    registry.register("itertools") { _ in ItertoolsModule.make() }
    registry.register("functools") { _ in FunctoolsModule.make() }
    registry.register("copy") { _ in CopyModule.make() }
    SystemModules.register(in: &registry)
    return registry
  }
}
