import Foundation

/// The learning-rate rules of `torch.optim.lr_scheduler.StepLR` and `ExponentialLR`, in Python's double
/// arithmetic: `step()` multiplies the group's current `lr` by `gamma` (chained form), which is what the
/// scheduler's `get_lr` does on every call after construction.
public enum LearningRateSchedule {
  /// StepLR after `step()` has advanced `last_epoch` to `lastEpoch`: `lr * gamma` when `lastEpoch` is a
  /// positive multiple of `stepSize`, else `lr` unchanged.
  public static func stepLR(currentLR lr: Double, lastEpoch: Int, stepSize: Int, gamma: Double) -> Double {
    if lastEpoch == 0 || stepSize == 0 || lastEpoch % stepSize != 0 { return lr }
    return lr * gamma
  }

  /// ExponentialLR after `step()` (not the constructor's initial step): `lr * gamma`.
  public static func exponentialLR(currentLR lr: Double, isInitialStep: Bool, gamma: Double) -> Double {
    isInitialStep ? lr : lr * gamma
  }

  /// StepLR's closed form, used when `step(epoch)` is given an epoch: `base_lr * gamma ** (epoch // step_size)`.
  public static func stepLRClosedForm(baseLR: Double, lastEpoch: Int, stepSize: Int, gamma: Double) -> Double
  {
    baseLR * pythonPower(gamma, floorDivide(lastEpoch, stepSize))
  }

  /// ExponentialLR's closed form: `base_lr * gamma ** last_epoch`.
  public static func exponentialLRClosedForm(baseLR: Double, lastEpoch: Int, gamma: Double) -> Double {
    baseLR * pythonPower(gamma, lastEpoch)
  }

  /// Python's `float ** int` (which calls the C library's `pow`).
  private static func pythonPower(_ base: Double, _ exponent: Int) -> Double {
    Foundation.pow(base, Double(exponent))
  }

  private static func floorDivide(_ a: Int, _ b: Int) -> Int {
    guard b != 0 else { return 0 }
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
  }
}
