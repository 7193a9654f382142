import Autograd
import PythonRuntime

/// `torch` functions that are not a tensor method: `pow` (whose base may be a number), `where`,
/// joining (`cat`, `stack`), `is_tensor`, `get_default_dtype`, `device`.
extension TorchModule {
  static let misc: [BuiltinFunction] =
    [
      BuiltinFunction(name: "pow") { arguments, context in
        let call = try TorchCall(arguments, Signature("pow", ["input", "exponent"]))
        return try TorchBridge.run(context) {
          guard let base = TorchValues.operand(call["input"]) else {
            throw call.typeError("input", expected: "Tensor")
          }
          return TensorObject.value(try Tensor.pow(base, try call.operand("exponent")))
        }
      },
      BuiltinFunction(name: "where") { arguments, context in
        let call = try TorchCall(arguments, Signature("where", ["condition", "input", "other"]))
        let condition = try call.tensor("condition")
        let input = try call.operand("input")
        let other = try call.operand("other")
        return try TorchBridge.run(context) {
          TensorObject.value(try Tensor.whereSelect(condition, input, other))
        }
      },
      BuiltinFunction(name: "is_tensor") { arguments, _ in
        let call = try TorchCall(arguments, Signature("is_tensor", ["obj"]))
        return .bool(TorchValues.tensor(call["obj"]) != nil)
      },
      BuiltinFunction(name: "get_default_dtype") { arguments, _ in
        _ = try TorchCall(arguments, Signature("get_default_dtype", []))
        return DTypeObject.value(DType.defaultFloat)
      },
      BuiltinFunction(name: "device") { arguments, _ in
        let call = try TorchCall(arguments, Signature("device", ["type"]))
        guard case .string(let type) = call["type"], type == "cpu" else {
          throw PythonError(
            .runtimeError,
            "Gradbook runs on the CPU only (got device \(ValueFormatter.repr(call["type"])))")
        }
        return .native(DeviceObject.cpu)
      },
    ]
    + ["cat", "concat", "concatenate", "stack"].map { name in
      BuiltinFunction(name: name) { arguments, context in
        let call = try TorchCall(arguments, Signature(name, ["tensors", .init("dim", default: .int(0))]))
        let inputs = try tensors(call, "tensors")
        let dim = try call.int("dim")
        return try TorchBridge.run(context) {
          TensorObject.value(
            name == "stack" ? try Tensor.stack(inputs, dim: dim) : try Tensor.cat(inputs, dim: dim))
        }
      }
    }
}
