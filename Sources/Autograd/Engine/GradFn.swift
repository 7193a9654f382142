/// A node of the backward graph (`t.grad_fn`): its PyTorch class name, its edges and its backward formula.
public final class GradFn: CustomStringConvertible {
  /// The gradients flowing into the node's outputs → the gradients for each edge (nil = no gradient).
  typealias Formula = (_ gradOutputs: [Tensor?], _ saved: [Tensor]) throws -> [Tensor?]

  /// The class name shown in reprs: `AddBackward0`, `AccumulateGrad`, `CopySlices`.
  public let name: String
  /// The graph edges, one per differentiable input, in argument order.
  var edges: [GraphEdge]
  /// `node.next_functions`: one `(node or nil, output index)` per differentiable input, in argument order.
  public var nextFunctions: [(node: GradFn?, index: Int)] { edges.map { ($0.node, $0.index) } }
  /// For `AccumulateGrad`: the leaf tensor it accumulates into (`acc.variable`).
  public internal(set) var variable: Tensor?
  /// A stable identity, used for `<Name object at 0x...>` reprs.
  public let objectID: Int
  /// The object standing for this node in a language binding (a Python `grad_fn` value), so the
  /// binding keeps one wrapper per node without a table; weak, as the wrapper owns the node.
  public weak var bindingObject: AnyObject?
  /// Creation order; the engine runs the most recently created ready node first, as PyTorch does.
  let sequenceNumber: Int
  /// How many outputs the forward op produced.
  let outputCount: Int
  /// Shape and dtype of each input, to shape the incoming gradients.
  var inputMetadata: [InputMetadata?]
  var savedTensors: [SavedTensor]
  /// Whether the node ever saved tensors (freeing them makes a second backward fail).
  let hasSavedTensors: Bool
  var isReleased = false
  var formula: Formula?
  /// `register_hook` functions of the non-leaf tensors this node produced, by output index.
  var tensorPreHooks: [Int: [TensorHook]] = [:]
  /// Non-leaf tensors with `retain_grad()`, by output index.
  var retainedOutputs: [Int: WeakTensor] = [:]

  init(
    name: String, edges: [GraphEdge], inputMetadata: [InputMetadata?],
    saved: [SavedTensor], outputCount: Int = 1, formula: Formula?, context: AutogradContext = .current
  ) {
    self.name = name
    self.edges = edges
    self.inputMetadata = inputMetadata
    self.savedTensors = saved
    self.hasSavedTensors = !saved.isEmpty
    self.outputCount = outputCount
    self.formula = formula
    self.objectID = context.makeObjectID()
    self.sequenceNumber = context.makeSequenceNumber()
  }

  /// An `AccumulateGrad` node for a leaf.
  init(accumulatingInto leaf: Tensor) {
    self.name = "AccumulateGrad"
    self.edges = []
    self.inputMetadata = []
    self.savedTensors = []
    self.hasSavedTensors = false
    self.outputCount = 1
    self.formula = nil
    self.variable = leaf
    self.objectID = AutogradContext.current.makeObjectID()
    self.sequenceNumber = Int.max
  }

  /// Tears long graphs down iteratively: a chain of 100,000 nodes would overflow the stack if each
  /// node's release recursively released the next.
  deinit {
    var pending: [GradFn] = edges.compactMap { $0.node }
    var heldTensors = savedTensors.map { $0.tensor }
    edges = []
    savedTensors = []
    GradFn.detachHistory(of: &heldTensors, into: &pending)
    while var node = pending.popLast() {
      guard isKnownUniquelyReferenced(&node) else { continue }
      pending.append(contentsOf: node.edges.compactMap { $0.node })
      node.edges = []
      var tensors = node.savedTensors.map { $0.tensor }
      node.savedTensors = []
      GradFn.detachHistory(of: &tensors, into: &pending)
    }
  }

  /// For tensors about to be freed with their last owner: moves their grad_fn onto `pending` instead.
  private static func detachHistory(of tensors: inout [Tensor], into pending: inout [GradFn]) {
    for index in tensors.indices where isKnownUniquelyReferenced(&tensors[index]) {
      if let node = tensors[index].gradFn {
        pending.append(node)
        tensors[index].gradFn = nil
      }
    }
  }

  /// Whether this is a leaf's `AccumulateGrad` node.
  public var isAccumulateGrad: Bool { variable != nil }

  /// `node.name()`: the class name, or the C++ qualified name for the special nodes.
  public var qualifiedName: String {
    switch name {
    case "AccumulateGrad", "CopySlices": return "torch::autograd::" + name
    default: return name
    }
  }

  /// The op name used in version-counter errors: `ExpBackward0` → `Exp`.
  var opName: String {
    if let range = name.range(of: "Backward") { return String(name[..<range.lowerBound]) }
    return name
  }

  /// A Python-like object address, stable for the node's lifetime.
  public var address: String {
    let value = UInt64(0x7f00_0000_0000) &+ UInt64(truncatingIfNeeded: objectID) &* 0x30
    let hex = String(value, radix: 16)
    return "0x" + hex
  }

  /// `<AddBackward0 object at 0x7f...>`.
  public var description: String { "<\(name) object at \(address)>" }

  /// Unpacks saved tensors for the formula, raising PyTorch's errors for freed or modified ones.
  func unpackSaved() throws -> [Tensor] {
    if isReleased && hasSavedTensors { throw AutogradError.runtime(AutogradMessages.backwardTwice) }
    return try savedTensors.map { try $0.unpack(owner: self) }
  }

  /// Frees saved tensors after a backward pass without `retain_graph`.
  func release() {
    isReleased = true
    savedTensors = []
  }
}

/// One edge of the graph: the node that receives a gradient and which of its outputs it is for.
struct GraphEdge {
  var node: GradFn?
  var index: Int
}

/// The shape and dtype of a node's input, used to shape incoming gradients.
struct InputMetadata {
  let shape: [Int]
  let dtype: DType
}

/// A weak reference to a tensor (for `retain_grad()` bookkeeping without keeping the tensor alive).
struct WeakTensor {
  weak var tensor: Tensor?
}
