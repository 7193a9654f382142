import Autograd
import PythonRuntime

/// Which of the learner's variables refer to which tensors: `x` for a tensor bound to `x`, `params[0]` for the first
/// tensor of a list or tuple bound to `params`. Names are looked up by identity, as Python's `is` would.
struct TensorNames {
  /// Elements of a list or tuple looked at for names; longer sequences are data, not parameters.
  static let sequenceLimit = 64

  private var byTensor: [ObjectIdentifier: [String]] = [:]
  /// For each `grad_fn` node: the names of the tensors it produced.
  private var byProducer: [ObjectIdentifier: [String]] = [:]

  /// Indexes `bindings` (already in name order, so each tensor's names come out in that order).
  init(_ bindings: [SessionBindings.Binding]) {
    for binding in bindings {
      if let tensor = TorchValues.tensor(binding.value) {
        add(binding.name, tensor)
      } else if let elements = Self.sequence(binding.value), elements.count <= Self.sequenceLimit {
        for (index, element) in elements.enumerated() {
          if let tensor = TorchValues.tensor(element) { add("\(binding.name)[\(index)]", tensor) }
        }
      }
    }
  }

  /// The names bound to `tensor`.
  func names(of tensor: Tensor) -> [String] { byTensor[ObjectIdentifier(tensor)] ?? [] }

  /// The names bound to the tensors `node` produced.
  func names(producedBy node: GradFn) -> [String] { byProducer[ObjectIdentifier(node)] ?? [] }

  private mutating func add(_ name: String, _ tensor: Tensor) {
    byTensor[ObjectIdentifier(tensor), default: []].append(name)
    if let node = tensor.gradFn { byProducer[ObjectIdentifier(node), default: []].append(name) }
  }

  /// The elements of a list or tuple (not of strings, ranges or other iterables).
  static func sequence(_ value: Value) -> [Value]? {
    switch value {
    case .list(let list): return list.elements
    case .tuple(let elements): return elements
    default: return nil
    }
  }
}
