import Autograd
import PythonRuntime

/// `torch.autograd.Function`: cells subclass it with static `forward(ctx, ...)` and
/// `backward(ctx, *grads)`, and call `Subclass.apply(...)`, which runs `forward` without recording
/// and attaches a `SubclassBackward` node that calls the learner's `backward`.
enum AutogradFunction {
  /// `apply` is a class method: read through a subclass, it binds to that subclass.
  static let type = TypeObject(
    name: "Function", qualifiedName: "torch.autograd.function.Function",
    members: MemberTable([
      [
        .method("apply", .custom) { (receiver: Value, arguments: Arguments, context: NativeContext) in
          try apply(receiver, arguments, context)
        }
      ]
    ]))

  private static func apply(_ subclass: Value, _ arguments: Arguments, _ context: NativeContext) throws
    -> Value
  {
    guard case .type(let type) = subclass, type !== Self.type else {
      throw PythonError(
        .runtimeError, "apply is called on a subclass of torch.autograd.Function (Gradbook reads its forward)"
      )
    }
    let className = type.name
    let ctx = FunctionContextObject(className: className)
    let inputs = arguments.positional.map { TorchValues.tensor($0) }
    ctx.needsInputGrad = inputs.map { $0?.requiresGrad ?? false }
    let forward = try context.attribute(subclass, "forward")
    var forwardArguments = arguments
    forwardArguments.positional.insert(.native(ctx), at: 0)
    let result = try AutogradContext.current.withMode(.noGrad) { try context.call(forward, forwardArguments) }
    // Outputs are the forward's tensors; an input returned as is becomes a new tensor sharing it.
    var outputs: [Tensor] = []
    func output(_ value: Value) -> Value {
      guard var tensor = TorchValues.tensor(value) else { return value }
      if inputs.contains(where: { $0 === tensor }) { tensor = tensor.detach() }
      outputs.append(tensor)
      return TensorObject.value(tensor)
    }
    let wrapped: Value
    if case .tuple(let elements) = result {
      wrapped = .tuple(elements.map(output))
    } else {
      wrapped = output(result)
    }
    let backward = try context.attribute(subclass, "backward")
    try TorchBridge.run(context) {
      try Tensor.recordCustomFunction(className + "Backward", inputs: inputs, outputs: outputs) {
        gradOutputs in
        let grads = try context.call(
          backward, Arguments([.native(ctx)] + gradOutputs.map { TensorObject.value($0) }))
        let elements: [Value]
        if case .tuple(let values) = grads { elements = values } else { elements = [grads] }
        return try elements.map { value in
          if value.isNone { return nil }
          guard let tensor = TorchValues.tensor(value) else {
            throw PythonError.typeError(
              "expected Tensor or None as the gradient returned by \(className)Backward, got \(value.typeName)"
            )
          }
          return tensor
        }
      }
    }
    return wrapped
  }
}
