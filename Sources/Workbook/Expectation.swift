import TorchBindings

/// An expectation fence: what the cell before it must produce.
public struct Expectation: Equatable, Sendable {
  public var kind: ExpectationKind
  /// For a `graph` fence: what to draw (its attributes).
  public var graphRequest: GraphRequest?
  /// The fence's text (ends with a newline unless empty).
  public var text: String
  public var mode: MatchMode
  /// Where the fence opens.
  public var location: SourceLocation
  /// The fence's markers and body in the source bytes (nil only for synthetic expectations).
  public var fence: FencedBlock?

  public init(
    kind: ExpectationKind, text: String, mode: MatchMode = .exact, location: SourceLocation,
    fence: FencedBlock? = nil, graphRequest: GraphRequest? = nil
  ) {
    self.kind = kind
    self.graphRequest = graphRequest
    self.text = text
    self.mode = mode
    self.location = location
    self.fence = fence
  }
}
