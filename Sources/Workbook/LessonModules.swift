import PythonRuntime
import TorchBindings

extension ModuleRegistry {
  /// What a lesson's cells may import: the language's own modules and `torch`.
  public static func lesson() -> ModuleRegistry {
    var registry = ModuleRegistry.standard()
    registry.registerTorch()
    return registry
  }
}
