import PythonRuntime

extension ModuleRegistry {
  /// Makes `import torch` (and its submodules, reached as its attributes) available to sessions.
  public mutating func registerTorch() {
    register("torch", provider: TorchModule.make)
  }
}
