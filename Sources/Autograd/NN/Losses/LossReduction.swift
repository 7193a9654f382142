/// A loss function's `reduction=` argument.
public enum LossReduction: String, CaseIterable, Sendable {
  case none, mean, sum

  /// Parses `reduction='...'` with PyTorch's `ValueError` for anything else.
  public init(pythonName name: String) throws {
    guard let value = LossReduction(rawValue: name) else {
      throw AutogradError.value("\(name) is not a valid value for reduction")
    }
    self = value
  }

  /// Applies the reduction to elementwise losses (`apply_loss_reduction`: `mean()`, `sum()` or nothing).
  func apply(_ loss: Tensor) throws -> Tensor {
    switch self {
    case .none: return loss
    case .mean: return try loss.mean()
    case .sum: return try loss.sum()
    }
  }
}
