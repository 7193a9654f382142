/// Nodes for functions whose backward is written by the learner (`torch.autograd.Function`).
extension Tensor {
  /// Attaches a node called `name` to `outputs` (when grad mode is on and an input requires grad),
  /// whose backward is `backward`: the gradients of the outputs → one gradient (or nil) per input,
  /// where `inputs` has one entry per argument of the forward (nil for non-tensor arguments).
  public static func recordCustomFunction(
    _ name: String, inputs: [Tensor?], outputs: [Tensor], backward: @escaping ([Tensor?]) throws -> [Tensor?]
  ) throws {
    try record(name, inputs: inputs, outputs: outputs) { gradOutputs, _ in
      let grads = try backward(gradOutputs)
      guard grads.count == inputs.count else {
        throw AutogradError.runtime(
          "function \(name) returned an incorrect number of gradients (expected \(inputs.count), got \(grads.count))"
        )
      }
      return grads
    }
  }
}
