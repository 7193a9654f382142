import Autograd
import PythonRuntime

/// `torch` functions that are not a tensor method: `pow` (whose base may be a number), `where`, `einsum`,
/// `set_printoptions`, joining (`cat`, `stack`), `is_tensor`, `get_default_dtype`, `device`.
extension TorchModule {
  static let misc: [BuiltinFunction] =
    [
      BuiltinFunction(name: "pow") { arguments, context in
        let signature = Signature("pow", ["input", "exponent", TensorMethods.outParameter])
        let call = try TorchCall(arguments, signature)
        let compute = {
          guard let base = TorchValues.operand(call["input"]) else {
            throw call.typeError("input", expected: "Tensor")
          }
          return TensorObject.value(try Tensor.pow(base, try call.operand("exponent")))
        }
        guard call.has("out") else { return try TorchBridge.run(context, compute) }
        return try TorchBridge.run(context) {
          try TensorMethods.writeOut(
            TensorMethods.OutForm(.castable), name: "pow", call: call, parameters: signature.parameters,
            compute)
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
      // `einsum(equation, *operands)`, the operands given one by one or as one list.
      BuiltinFunction(name: "einsum") { arguments, context in
        let call = try TorchCall(arguments, Signature("einsum", ["equation"], variadicPositional: "operands"))
        guard case .string(let equation) = call["equation"] else {
          throw call.typeError("equation", expected: "str")
        }
        var values = call.extraPositional
        if values.count == 1, TorchValues.tensor(values[0]) == nil, let elements = values[0].sequenceElements
        {
          values = elements
        }
        let operands = try values.map { element in
          guard let tensor = TorchValues.tensor(element) else {
            throw PythonError(
              .typeError, "einsum(): argument 'tensors' must be tuple of Tensors, not \(element.typeName)")
          }
          return tensor
        }
        return try TorchBridge.run(context) { TensorObject.value(try Tensor.einsum(equation, operands)) }
      },
      // `set_printoptions`: the profile first, then each option given; `sci_mode` is reset when not given.
      BuiltinFunction(name: "set_printoptions") { arguments, _ in
        let names = ["precision", "threshold", "edgeitems", "linewidth", "profile", "sci_mode"]
        let call = try TorchCall(
          arguments, Signature("set_printoptions", names.map { .init($0, default: .none) }))
        var profile: String? = nil
        if call.has("profile") {
          guard case .string(let name) = call["profile"] else {
            throw call.typeError("profile", expected: "str")
          }
          profile = name
        }
        let sciMode: Bool? = call.has("sci_mode") ? try call.bool("sci_mode") : nil
        AutogradContext.current.printOptions.set(
          precision: try call.optionalInt("precision"), threshold: try call.optionalDouble("threshold"),
          edgeItems: try call.optionalInt("edgeitems"), lineWidth: try call.optionalInt("linewidth"),
          profile: profile, sciMode: sciMode)
        return .none
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
