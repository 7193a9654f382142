import PythonRuntime

/// `torch.save` and `torch.load`: cells cannot reach files, so both refuse clearly and point to the
/// in-memory way to keep weights (a deep-copied state dict), which is what a lesson's "keep the best
/// model" needs.
extension TorchModule {
  static let files: [BuiltinFunction] = [
    BuiltinFunction(name: "save") { _, _ in
      throw PythonError(
        .runtimeError,
        "torch.save() is not available in Gradbook cells: cells cannot reach files, so nothing can be written to disk; "
          + "to keep a model's weights in memory, use best = copy.deepcopy(model.state_dict()) "
          + "and later model.load_state_dict(best)")
    },
    BuiltinFunction(name: "load") { _, _ in
      throw PythonError(
        .runtimeError,
        "torch.load() is not available in Gradbook cells: cells cannot reach files, so there is nothing to read; "
          + "to keep a model's weights in memory, use best = copy.deepcopy(model.state_dict()) "
          + "and later model.load_state_dict(best)")
    },
  ]
}
