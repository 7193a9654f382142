import PythonRuntime

/// The device queries a tutorial's first lines make: `torch.accelerator`, `torch.backends.mps`,
/// `torch.set_default_device` / `get_default_device`. Gradbook has the CPU only, so every accelerator is
/// absent and the default device stays the CPU.
extension TorchModule {
  /// `torch.accelerator`, as a CPU-only PyTorch build answers it.
  static let acceleratorFunctions: [BuiltinFunction] = [
    BuiltinFunction(name: "is_available") { arguments, _ in
      _ = try TorchCall(python: arguments, method: false, Signature("is_available", []))
      return .bool(false)
    },
    // A CPU-only build has no accelerator type, so the answer is None whatever `check_available` says. (A CUDA
    // build on a machine without a GPU answers `device(type='cuda')` unless `check_available=True`; Gradbook
    // behaves as the CPU-only build, whose accelerator really is absent.)
    BuiltinFunction(name: "current_accelerator") { arguments, _ in
      _ = try TorchCall(
        python: arguments, method: false,
        Signature("current_accelerator", [.init("check_available", default: .bool(false))]))
      return .none
    },
    BuiltinFunction(name: "device_count") { arguments, _ in
      _ = try TorchCall(python: arguments, method: false, Signature("device_count", []))
      return .int(0)
    },
  ]

  /// `torch.backends.mps`: Apple's GPU backend, neither built in nor available.
  static let mpsFunctions: [BuiltinFunction] = ["is_available", "is_built"].map { name in
    BuiltinFunction(name: name) { arguments, _ in
      _ = try TorchCall(python: arguments, method: false, Signature(name, []))
      return .bool(false)
    }
  }

  /// `torch.set_default_device` / `torch.get_default_device`: only the CPU (or None, which restores it) is
  /// accepted; another device gets the same CPU-only error as `torch.device` and the factories' `device=`.
  static let defaultDeviceFunctions: [BuiltinFunction] = [
    BuiltinFunction(name: "set_default_device") { arguments, _ in
      let call = try TorchCall(python: arguments, method: false, Signature("set_default_device", ["device"]))
      try checkDevice(call)
      return .none
    },
    BuiltinFunction(name: "get_default_device") { arguments, _ in
      _ = try TorchCall(python: arguments, method: false, Signature("get_default_device", []))
      return .native(DeviceObject.cpu)
    },
  ]

  /// `torch.accelerator` and `torch.backends` (holding `mps` and `cudnn`) for one session's `torch` module.
  static func deviceModules() -> [(String, Value)] {
    let mps = ModuleObject(name: "torch.backends.mps", attributes: Namespace(functions: mpsFunctions).values)
    // The cuDNN switches reproducibility recipes set; a cell may assign them (they change nothing on the CPU).
    let cudnn = ModuleObject(
      name: "torch.backends.cudnn",
      attributes: ["deterministic": .bool(false), "benchmark": .bool(false), "enabled": .bool(true)])
    return [
      (
        "accelerator",
        .module(
          ModuleObject(
            name: "torch.accelerator", attributes: Namespace(functions: acceleratorFunctions).values))
      ),
      (
        "backends",
        .module(
          ModuleObject(name: "torch.backends", attributes: ["mps": .module(mps), "cudnn": .module(cudnn)]))
      ),
    ]
  }
}
