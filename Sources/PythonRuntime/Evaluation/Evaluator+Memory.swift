/// The session's memory budget as the evaluator applies it to the containers a cell builds.
extension Evaluator {
  /// Lists smaller than this (with their strings) are not tracked: the ledger is for the values that matter.
  static let trackedListBytes = 1 << 16

  /// Counts a newly built list (its slots and the large strings in it) against the session's memory budget,
  /// throwing MemoryError when the budget would be passed.
  func trackMemory(_ list: ListObject) throws -> Value {
    let slots = list.elements.count.multipliedReportingOverflow(by: MemoryLayout<Value>.stride)
    var bytes = slots.overflow ? Int.max : slots.partialValue
    if bytes < Self.trackedListBytes {
      for element in list.elements {
        if case .string(let text) = element { bytes += text.utf8.count }
      }
    } else {
      for element in list.elements {
        if case .string(let text) = element, text.utf8.count >= 1024 {
          bytes = bytes.addingReportingOverflow(text.utf8.count).partialValue
        }
      }
    }
    guard bytes >= Self.trackedListBytes else { return .list(list) }
    try memory.reserve(bytes)
    list.memoryCharge = MemoryCharge(ledger: memory, bytes: bytes)
    return .list(list)
  }
}
