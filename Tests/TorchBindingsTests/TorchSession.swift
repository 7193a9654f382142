import PythonRuntime
import TorchBindings

extension Session {
  /// A session whose cells can `import torch`, as a lesson's can.
  static func withTorch(limits: Limits = Limits()) -> Session {
    var modules = ModuleRegistry.standard()
    modules.registerTorch()
    return Session(limits: limits, modules: modules)
  }
}
