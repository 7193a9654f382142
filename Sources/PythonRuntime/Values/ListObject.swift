/// The mutable storage behind a Python `list`, shared by every name bound to it.
public final class ListObject {
  public var elements: [Value]
  /// What this list holds in its session's memory budget (large lists only); given back when it is freed.
  var memoryCharge: MemoryCharge?

  public init(_ elements: [Value] = []) {
    self.elements = elements
  }

  deinit {
    if let memoryCharge { memoryCharge.ledger.release(memoryCharge.bytes) }
  }
}
