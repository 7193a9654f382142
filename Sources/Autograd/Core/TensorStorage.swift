/// The flat element buffer shared by a tensor, its views and its detached aliases, with autograd's version counter.
///
/// Floating tensors keep values as `Double` (float32 values are always exactly representable Floats);
/// int64 and bool tensors keep `Int64` (bool as 0 or 1). Only one of the two arrays is used.
final class TensorStorage {
  // Unchecked: read by every kernel; checking both arrays costs +1–3.4% on 2×2 ops (callgrind).
  @exclusivity(unchecked) var floats: [Double]
  // Unchecked: read by every kernel; checking both arrays costs +1–3.4% on 2×2 ops (callgrind).
  @exclusivity(unchecked) var integers: [Int64]
  /// Bumped by every in-place write; saved tensors compare it at backward time.
  var version: Int = 0
  /// A stable identity (`data_ptr()`-like).
  let identifier: Int
  /// The session's count of live storage, which this storage's bytes are part of until it is freed.
  private let ledger: StorageLedger
  /// The bytes counted in `ledger` (the element arrays never change length).
  private let countedBytes: Int

  init(floats: [Double]) {
    self.floats = floats
    self.integers = []
    let context = AutogradContext.current
    self.identifier = context.makeObjectID()
    self.ledger = context.storageLedger
    self.countedBytes = floats.count &* MemoryLayout<Double>.stride
    ledger.liveBytes &+= countedBytes
  }

  init(integers: [Int64]) {
    self.floats = []
    self.integers = integers
    let context = AutogradContext.current
    self.identifier = context.makeObjectID()
    self.ledger = context.storageLedger
    self.countedBytes = integers.count &* MemoryLayout<Int64>.stride
    ledger.liveBytes &+= countedBytes
  }

  deinit {
    ledger.liveBytes &-= countedBytes
  }
}
