import PythonRuntime

extension ModuleRegistry {
  /// Makes `import torch` (and its submodules, reached as its attributes) available to sessions, each
  /// with its own engine state.
  public mutating func registerTorch() {
    register("torch", provider: TorchModule.make)
    registerExtension { context in TorchSessionState(context: context) }
    allowSubclassing(NNModule.baseType, beforeInit: NNModule.checkAssignmentBeforeInit)
    allowSubclassing(DatasetObject.baseType)
    allowSubclassing(AutogradFunction.type, classMethods: ["apply"])
  }
}
