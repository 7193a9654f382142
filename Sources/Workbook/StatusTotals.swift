/// Counts of cells per status.
public struct StatusTotals: Equatable, Sendable, Codable {
  public var passed = 0
  public var failed = 0
  public var unchecked = 0
  public var skipped = 0
  public var error = 0

  public init() {}

  public init(_ statuses: [CellStatus]) {
    for status in statuses { add(status) }
  }

  public mutating func add(_ status: CellStatus) {
    switch status {
    case .passed: passed += 1
    case .failed: failed += 1
    case .unchecked: unchecked += 1
    case .skipped: skipped += 1
    case .error: error += 1
    }
  }

  public mutating func add(_ other: StatusTotals) {
    passed += other.passed
    failed += other.failed
    unchecked += other.unchecked
    skipped += other.skipped
    error += other.error
  }

  /// Cells that ran as the lesson says: passed plus unchecked cells that finished without an error.
  public var succeeded: Int { passed + unchecked }
  /// Cells that make `check` fail: failed plus unexpected errors.
  public var failures: Int { failed + error }
  /// Every cell.
  public var total: Int { passed + failed + unchecked + skipped + error }
}
