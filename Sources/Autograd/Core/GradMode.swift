/// One entry of the grad-mode stack: whether ops record a graph, and whether inference mode is on.
public struct GradMode: Equatable, Sendable {
  /// Whether operations record `grad_fn`s (`torch.is_grad_enabled()`).
  public var isEnabled: Bool
  /// Whether `torch.inference_mode()` is active (tensors created are inference tensors).
  public var isInference: Bool

  public init(isEnabled: Bool, isInference: Bool = false) {
    self.isEnabled = isEnabled
    self.isInference = isInference
  }

  /// `torch.no_grad()`.
  public static let noGrad = GradMode(isEnabled: false)
  /// `torch.enable_grad()`.
  public static let enableGrad = GradMode(isEnabled: true)
  /// `torch.inference_mode()`.
  public static let inference = GradMode(isEnabled: false, isInference: true)
}
