/// A max-heap of ready nodes by sequence number (newest first; AccumulateGrad nodes first of all).
struct NodeHeap {
  private var items: [GradFn] = []

  mutating func push(_ node: GradFn) {
    items.append(node)
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      if items[parent].sequenceNumber >= items[child].sequenceNumber { break }
      items.swapAt(parent, child)
      child = parent
    }
  }

  mutating func pop() -> GradFn? {
    guard !items.isEmpty else { return nil }
    items.swapAt(0, items.count - 1)
    let top = items.removeLast()
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var largest = parent
      if left < items.count && items[left].sequenceNumber > items[largest].sequenceNumber { largest = left }
      if right < items.count && items[right].sequenceNumber > items[largest].sequenceNumber {
        largest = right
      }
      if largest == parent { break }
      items.swapAt(parent, largest)
      parent = largest
    }
    return top
  }
}
