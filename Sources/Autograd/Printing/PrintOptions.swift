/// `torch.set_printoptions`: how tensors print in one session.
public struct PrintOptions: Equatable, Sendable {
  /// Digits after the point in fixed and scientific notation.
  public var precision: Int = 4
  /// Tensors with more elements than this are summarised (infinite for the `full` profile).
  public var threshold: Double = 1000
  /// Entries kept at each end of a summarised dimension.
  public var edgeItems: Int = 3
  /// The line width elements and suffixes wrap at.
  public var lineWidth: Int = 80
  /// Forces scientific notation on (true) or off (false); nil lets each tensor's values decide.
  public var sciMode: Bool?

  /// PyTorch's defaults (the `default` profile, `sci_mode=None`).
  public static let standard = PrintOptions()

  public init() {}

  /// The named profiles of `set_printoptions(profile=...)`; other names change nothing, as in PyTorch.
  public mutating func applyProfile(_ name: String) {
    switch name {
    case "default":
      (precision, threshold, edgeItems, lineWidth) = (4, 1000, 3, 80)
    case "short":
      (precision, threshold, edgeItems, lineWidth) = (2, 1000, 2, 80)
    case "full":
      (precision, threshold, edgeItems, lineWidth) = (4, .infinity, 3, 80)
    default:
      break
    }
  }

  /// `torch.set_printoptions(...)`: the profile first, then each given option; `sci_mode` is always set
  /// (to nil when not given), as PyTorch does.
  public mutating func set(
    precision: Int? = nil, threshold: Double? = nil, edgeItems: Int? = nil, lineWidth: Int? = nil,
    profile: String? = nil, sciMode: Bool? = nil
  ) {
    if let profile = profile { applyProfile(profile) }
    if let precision = precision { self.precision = precision }
    if let threshold = threshold { self.threshold = threshold }
    if let edgeItems = edgeItems { self.edgeItems = edgeItems }
    if let lineWidth = lineWidth { self.lineWidth = lineWidth }
    self.sciMode = sciMode
  }

  /// Whether a tensor of `count` elements is summarised.
  func summarizes(_ count: Int) -> Bool { Double(count) > threshold }
}
