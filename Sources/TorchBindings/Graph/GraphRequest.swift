/// What to draw after a cell: which tensors, and how much of each node to show (a `graph` fence's attributes).
public struct GraphRequest: Equatable, Sendable {
  /// The default node limit: bigger graphs end in a visible "… N more" node.
  public static let defaultNodeLimit = 150

  /// The variables to draw from (`of=y,z`); nil for the value of the cell's last expression, or else the names its
  /// final assignment bound.
  public var roots: [String]?
  /// `saved`: show the tensors each node saved for its backward formula.
  public var showsSaved: Bool
  /// `grads`: show the `.grad` of leaves (and of outputs that retain it).
  public var showsGrads: Bool
  /// Nodes kept before the rest is counted in one "… N more" node.
  public var nodeLimit: Int

  public init(
    roots: [String]? = nil, showsSaved: Bool = false, showsGrads: Bool = false,
    nodeLimit: Int = GraphRequest.defaultNodeLimit
  ) {
    self.roots = roots
    self.showsSaved = showsSaved
    self.showsGrads = showsGrads
    self.nodeLimit = nodeLimit
  }

  /// The request as a `graph` fence's info words after `graph` (`of=y saved`), in the order the format documents.
  public var attributes: String {
    var words: [String] = []
    if let roots { words.append("of=" + roots.joined(separator: ",")) }
    if showsSaved { words.append("saved") }
    if showsGrads { words.append("grads") }
    return words.joined(separator: " ")
  }
}

/// Why a graph could not be drawn: a name that is not defined, or a value that is not a tensor.
public struct GraphRequestError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
