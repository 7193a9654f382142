/// Facts about the machine PyTorch's reference data comes from that change the last bits of some results.
enum ReferenceMachine {
  /// PyTorch's intra-op thread count there (`torch.get_num_threads()`, one per core: 2).
  ///
  /// A few CPU kernels split their work between threads in a way that changes the order of float
  /// operations: the strided softmax (grain size 0) and batch norm's statistics over `(N, C)` inputs.
  /// They are reproduced for this thread count.
  static let threads = 2

  /// The `[begin, end)` chunks `at::parallel_for(0, count, grain)` hands to the threads.
  static func chunks(count: Int, grain: Int) -> [Range<Int>] {
    guard count > 0 else { return [] }
    if count <= grain || threads == 1 { return [0..<count] }
    let tasks = Swift.min(threads, (count + Swift.max(grain, 1) - 1) / Swift.max(grain, 1))
    let size = (count + tasks - 1) / tasks
    return stride(from: 0, to: count, by: size).map { $0..<Swift.min($0 + size, count) }
  }
}
