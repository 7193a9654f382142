import Autograd
import PythonRuntime

/// Sampling from a tensor of probabilities: `multinomial`, `bernoulli` and `bernoulli_`, each with
/// `generator=` (None: the session's default generator), and `torch.multinomial` / `torch.bernoulli`.
extension TensorMethods {
  static let sampling: [TensorMethod] = [
    TensorMethod(
      "multinomial",
      ["num_samples", .init("replacement", default: .bool(false)), TorchModule.generatorOption],
      torch: .same
    ) { tensor, call, _ in
      let count = try call.int("num_samples")
      let replacement = try call.bool("replacement")
      let generator = try GeneratorObject.argument(call)
      return value(try tensor.multinomial(numSamples: count, replacement: replacement, generator: generator))
    },
    // `bernoulli()` draws each element with its own probability; `bernoulli(p)` fills a tensor shaped like the
    // input with probability `p`.
    TensorMethod("bernoulli", [.init("p", default: .none), TorchModule.generatorOption], torch: .same) {
      tensor, call, _ in
      let generator = try GeneratorObject.argument(call)
      guard call.has("p") else { return value(try Tensor.bernoulli(tensor, generator: generator)) }
      let filled = try Tensor.zerosLike(tensor)
      return value(try filled.bernoulli_(probability: try call.double("p"), generator: generator))
    },
    TensorMethod("bernoulli_", [.init("p", default: .float(0.5)), TorchModule.generatorOption]) {
      tensor, call, _ in
      let generator = try GeneratorObject.argument(call)
      if let probabilities = TorchValues.tensor(call["p"]) {
        return value(try tensor.bernoulli_(probabilities: probabilities, generator: generator))
      }
      return value(try tensor.bernoulli_(probability: try call.double("p"), generator: generator))
    },
  ]
}
