/// The `ValueError` checks PyTorch's optimizer constructors make on settings that must not be negative.
enum OptimizerSettingCheck {
  /// `Invalid <label>: <value>` for the first of `settings` below zero, in order, or nil. With
  /// `nanIsInvalid` a NaN fails too, as PyTorch's `if not 0.0 <= value` has it; without, it passes, as
  /// `if value < 0.0` has it.
  static func firstNegative(_ settings: KeyValuePairs<String, Scalar>, nanIsInvalid: Bool) -> String? {
    for (label, value) in settings {
      let invalid = nanIsInvalid ? !(value.doubleValue >= 0) : value.doubleValue < 0
      if invalid { return "Invalid \(label): \(value)" }
    }
    return nil
  }
}
