import Autograd
import PythonRuntime

/// Gradients and the graph: `backward`, `detach`, `requires_grad_`, `retain_grad`.
extension TensorMethods {
  static let autograd: [TensorMethod] = [
    TensorMethod(
      "backward",
      [
        .init("gradient", default: .none), .init("retain_graph", default: .none),
        .init("create_graph", default: .bool(false)), .init("inputs", default: .none),
      ], messageName: "Tensor.backward"
    ) { tensor, call, context in
      if call.has("inputs") {
        throw PythonError(.notImplementedError, "backward(inputs=...) is not supported in Gradbook")
      }
      let retain: Bool? = call.has("retain_graph") ? try context.truthValue(call["retain_graph"]) : nil
      try tensor.backward(
        gradient: try call.optionalTensor("gradient"), retainGraph: retain,
        createGraph: try context.truthValue(call["create_graph"]))
      return .none
    },
    TensorMethod("detach", torch: .same) { tensor, _, _ in value(tensor.detach()) },
    unary("detach_") { try $0.detach_() },
    TensorMethod("requires_grad_", [.init("requires_grad", default: .bool(true))]) { tensor, call, _ in
      value(try tensor.requiresGrad_(try call.bool("requires_grad")))
    },
    TensorMethod("retain_grad") { tensor, _, _ in
      try tensor.retainGrad()
      return .none
    },
  ]
}
