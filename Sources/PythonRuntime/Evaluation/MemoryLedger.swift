/// The live memory of one session held to its budget: large lists it tracks itself, tensor storage (or any other
/// native memory) through ``externalBytes``. Freed values give their bytes back.
public final class MemoryLedger {
  /// The most bytes the session may hold at once (`Limits.memoryBytes`).
  public let budget: Int
  /// Bytes of the tracked containers alive now.
  public private(set) var containerBytes = 0
  /// Bytes held by native values (the torch bindings report their tensors' storage here).
  public var externalBytes: () -> Int = { 0 }

  init(budget: Int) {
    self.budget = budget
  }

  /// All the bytes counted against the budget now.
  public var liveBytes: Int { Self.add(containerBytes, externalBytes()) }

  /// Counts `bytes` more, or throws MemoryError (counting nothing) when that would pass the budget.
  func reserve(_ bytes: Int) throws {
    let total = Self.add(liveBytes, bytes)
    if total > budget { throw exceededError(total) }
    containerBytes = Self.add(containerBytes, bytes)
  }

  /// Gives back bytes reserved earlier.
  func release(_ bytes: Int) {
    containerBytes = max(containerBytes - bytes, 0)
  }

  /// Throws MemoryError when what is alive now passes the budget (after native code allocated).
  public func check() throws {
    let total = liveBytes
    if total > budget { throw exceededError(total) }
  }

  private func exceededError(_ total: Int) -> PythonError {
    PythonError(
      .memoryError,
        "this would hold \(Self.describe(total)) of tensors and containers alive, more than Gradbook's memory budget of \(Self.describe(budget)) per session; delete what you no longer need (del x)",
      fatal: true)
  }

  private static func add(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : sum
  }

  /// Bytes in the largest binary unit that keeps a number of at least 1: `2 GiB`, `1.5 MiB`, `512 bytes`.
  static func describe(_ bytes: Int) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1024 && unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    if unit == 0 { return "\(bytes) bytes" }
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? "\(Int(rounded)) \(units[unit])" : "\(rounded) \(units[unit])"
  }
}

/// What a tracked container holds in its session's ledger, given back when the container is freed.
struct MemoryCharge {
  let ledger: MemoryLedger
  let bytes: Int
}
