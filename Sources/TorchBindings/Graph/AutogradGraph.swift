/// The backward graph autograd recorded, as it stands after a cell: a value with no reference to the engine, so it can
/// be compared, printed (`text`, the form `graph` fences hold) and laid out (`dot`).
///
/// Nodes are numbered from 1 in the order the session created them (a saved tensor right after the node that saved it),
/// so the same lesson always gives the same graph, byte for byte. A graph bigger than its request's node limit keeps
/// the nodes nearest its roots and counts the rest in `omittedCount`.
public struct AutogradGraph: Equatable, Sendable {
  /// Where a node points: at another node, at nothing (a `None` entry of `next_functions`), or past the node limit.
  public enum Link: Equatable, Sendable {
    case node(Int)
    case none
    case omitted
  }

  /// How a tensor came into the graph, which decides its colour (torchviz's conventions).
  public enum TensorRole: Equatable, Sendable {
    /// A tensor the graph was asked for.
    case output
    /// The leaf an `AccumulateGrad` node accumulates into.
    case leaf
    /// The tensor an output is a view of.
    case viewBase
    /// A tensor a node saved for its backward formula; `isResult` when it is the node's own output.
    case saved(isResult: Bool)
  }

  /// What the graph shows of one tensor.
  public struct TensorInfo: Equatable, Sendable {
    /// The learner's names for it (`x`, `params[0]`), in name order; empty when no variable holds it.
    public var names: [String]
    public var shape: [Int]
    public var dtype: String
    public var requiresGrad: Bool
    public var isLeaf: Bool
    public var retainsGrad: Bool
    /// For a view: the names of the tensor it views (empty when that one has no name); nil when it is no view.
    public var viewOf: [String]?
    /// Its `.grad` as printed (`None`, `tensor([2., 2.])`), when the graph was asked for gradients; else nil.
    public var grad: String?
  }

  /// One node: a tensor, a `grad_fn` node, with the nodes it points at.
  public struct Node: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
      case tensor(TensorInfo, TensorRole)
      /// A `grad_fn` node: its class name, the names of the tensors it produced, and whether a backward pass freed the
      /// tensors it saved.
      case function(name: String, producedNames: [String], savedFreed: Bool)
    }

    /// 1-based, in creation order.
    public var id: Int
    public var kind: Kind
    /// For a tensor: the node that produced it (nil for a leaf).
    public var gradFn: Link?
    /// For a view among the outputs: the tensor it views.
    public var viewBase: Link?
    /// For a function: `next_functions`, in order.
    public var inputs: [Link]
    /// For `AccumulateGrad`: its leaf.
    public var variable: Link?
    /// For a function, when saved tensors were asked for: what it saved.
    public var saved: [Link]

    public init(
      id: Int, kind: Kind, gradFn: Link? = nil, viewBase: Link? = nil, inputs: [Link] = [],
      variable: Link? = nil,
      saved: [Link] = []
    ) {
      self.id = id
      self.kind = kind
      self.gradFn = gradFn
      self.viewBase = viewBase
      self.inputs = inputs
      self.variable = variable
      self.saved = saved
    }

    /// The nodes this one points at, in the order the text form lists them.
    public var links: [Link] {
      [gradFn, viewBase].compactMap { $0 } + inputs + (variable.map { [$0] } ?? []) + saved
    }
  }

  /// Every node kept, by id: `nodes[i].id == i + 1`.
  public var nodes: [Node]
  /// The ids of the tensors (or nodes) the graph was asked for, in the order asked.
  public var roots: [Int]
  /// How many more nodes the graph has beyond the node limit.
  public var omittedCount: Int

  public init(nodes: [Node], roots: [Int], omittedCount: Int) {
    self.nodes = nodes
    self.roots = roots
    self.omittedCount = omittedCount
  }

  /// The node with `id`, if the graph kept it.
  public func node(_ id: Int) -> Node? {
    nodes.indices.contains(id - 1) && nodes[id - 1].id == id ? nodes[id - 1] : nodes.first { $0.id == id }
  }
}
