import Autograd
import PythonRuntime

/// `torch` grad-mode switches: `no_grad`, `enable_grad`, `set_grad_enabled`, `inference_mode` and
/// their queries.
extension TorchModule {
  static let gradModes: [BuiltinFunction] = [
    BuiltinFunction(name: "no_grad") { arguments, _ in
      _ = try TorchCall(arguments, Signature("no_grad", []))
      return .native(GradModeContext(.noGrad))
    },
    BuiltinFunction(name: "enable_grad") { arguments, _ in
      _ = try TorchCall(arguments, Signature("enable_grad", []))
      return .native(GradModeContext(.enableGrad))
    },
    BuiltinFunction(name: "set_grad_enabled") { arguments, _ in
      let call = try TorchCall(arguments, Signature("set_grad_enabled", ["mode"]))
      return .native(GradModeContext(.setGradEnabled(try call.bool("mode"))))
    },
    BuiltinFunction(name: "inference_mode") { arguments, _ in
      let call = try TorchCall(arguments, Signature("inference_mode", [.init("mode", default: .bool(true))]))
      return .native(GradModeContext(.inferenceMode(try call.bool("mode"))))
    },
    BuiltinFunction(name: "is_grad_enabled") { arguments, _ in
      _ = try TorchCall(arguments, Signature("is_grad_enabled", []))
      return .bool(AutogradContext.current.isGradEnabled)
    },
    BuiltinFunction(name: "is_inference_mode_enabled") { arguments, _ in
      _ = try TorchCall(arguments, Signature("is_inference_mode_enabled", []))
      return .bool(AutogradContext.current.isInferenceModeEnabled)
    },
  ]
}
