/// The heap, selection and sorting algorithms of libstdc++ (GCC's C++ library), step for step.
///
/// PyTorch's CPU `topk` orders `(value, index)` pairs with `std::partial_sort` or with `std::nth_element`
/// and `std::sort`, and its unstable `sort` uses `std::sort`, all comparing values only. None of these is
/// stable, so which of several equal values is reported (and gets the gradient) depends on the exact
/// sequence of swaps; reproducing the algorithms reproduces PyTorch's choice.
struct StdlibSelection<Element> {
  var items: [Element]
  /// The strict weak order: `less(a, b)` is true when `a` goes before `b`.
  let less: (Element, Element) -> Bool

  // MARK: Heaps (a max-heap with respect to `less`)

  /// Moves `value` from `hole` up towards `top` while its parent is less than it.
  private mutating func pushHeap(base: Int, hole start: Int, top: Int, value: Element) {
    var hole = start
    var parent = (hole - 1) / 2
    while hole > top && less(items[base + parent], value) {
      items[base + hole] = items[base + parent]
      hole = parent
      parent = (hole - 1) / 2
    }
    items[base + hole] = value
  }

  /// Sifts the hole at `start` down to a leaf (always taking the larger child), then pushes `value` up.
  private mutating func adjustHeap(base: Int, hole start: Int, length: Int, value: Element) {
    let top = start
    var hole = start
    var child = start
    while child < (length - 1) / 2 {
      child = 2 * (child + 1)
      if less(items[base + child], items[base + child - 1]) { child -= 1 }
      items[base + hole] = items[base + child]
      hole = child
    }
    if length & 1 == 0 && child == (length - 2) / 2 {
      child = 2 * (child + 1)
      items[base + hole] = items[base + child - 1]
      hole = child - 1
    }
    pushHeap(base: base, hole: hole, top: top, value: value)
  }

  /// `std::make_heap(first, last)`.
  private mutating func makeHeap(_ first: Int, _ last: Int) {
    let length = last - first
    if length < 2 { return }
    var parent = (length - 2) / 2
    while true {
      let value = items[first + parent]
      adjustHeap(base: first, hole: parent, length: length, value: value)
      if parent == 0 { return }
      parent -= 1
    }
  }

  /// libstdc++'s `__pop_heap(first, last, result)`: the top goes to `result`, `result`'s old value is
  /// sifted into the heap `[first, last)`.
  private mutating func popHeap(_ first: Int, _ last: Int, result: Int) {
    let value = items[result]
    items[result] = items[first]
    adjustHeap(base: first, hole: 0, length: last - first, value: value)
  }

  /// `std::sort_heap(first, last)`.
  private mutating func sortHeap(_ first: Int, _ last: Int) {
    var end = last
    while end - first > 1 {
      end -= 1
      popHeap(first, end, result: end)
    }
  }

  /// `std::partial_sort(first, middle, last)`: the smallest `middle - first` elements, in order.
  mutating func partialSort(_ first: Int, _ middle: Int, _ last: Int) {
    heapSelect(first, middle, last)
    sortHeap(first, middle)
  }

  /// libstdc++'s `__heap_select`: the smallest `middle - first` elements end up in `[first, middle)`.
  private mutating func heapSelect(_ first: Int, _ middle: Int, _ last: Int) {
    makeHeap(first, middle)
    var i = middle
    while i < last {
      if less(items[i], items[first]) { popHeap(first, middle, result: i) }
      i += 1
    }
  }

  // MARK: Partitioning and insertion sort

  private mutating func swapAt(_ a: Int, _ b: Int) { items.swapAt(a, b) }

  /// Moves the median of `a`, `b`, `c` into `result`.
  private mutating func moveMedianToFirst(_ result: Int, _ a: Int, _ b: Int, _ c: Int) {
    if less(items[a], items[b]) {
      if less(items[b], items[c]) {
        swapAt(result, b)
      } else if less(items[a], items[c]) {
        swapAt(result, c)
      } else {
        swapAt(result, a)
      }
    } else if less(items[a], items[c]) {
      swapAt(result, a)
    } else if less(items[b], items[c]) {
      swapAt(result, c)
    } else {
      swapAt(result, b)
    }
  }

  /// Partitions `[start, end)` around the value at `pivot` (which lies outside the range).
  private mutating func unguardedPartition(_ start: Int, _ end: Int, pivot: Int) -> Int {
    var first = start
    var last = end
    while true {
      // Unguarded in C++: a consistent order leaves a sentinel on each side. Comparisons that are not a
      // strict weak order (NaN under `<`) could read past the array there (undefined behaviour); here a
      // scan stops at the array's edge instead of trapping.
      while first < items.count - 1 && less(items[first], items[pivot]) { first += 1 }
      last -= 1
      while last > 0 && less(items[pivot], items[last]) { last -= 1 }
      if !(first < last) { return first }
      swapAt(first, last)
      first += 1
    }
  }

  /// Median-of-three pivot moved to `first`, then partitions the rest; returns the cut.
  private mutating func unguardedPartitionPivot(_ first: Int, _ last: Int) -> Int {
    let mid = first + (last - first) / 2
    moveMedianToFirst(first, first + 1, mid, last - 1)
    return unguardedPartition(first + 1, last, pivot: first)
  }

  private mutating func unguardedLinearInsert(_ position: Int) {
    let value = items[position]
    var last = position
    var next = position - 1
    // Unguarded in C++ (the range's minimum is already first); bounded here for orders that are not
    // strict weak orders, as in the partition above.
    while next >= 0 && less(value, items[next]) {
      items[last] = items[next]
      last = next
      next -= 1
    }
    items[last] = value
  }

  private mutating func insertionSort(_ first: Int, _ last: Int) {
    if first == last { return }
    var i = first + 1
    while i < last {
      if less(items[i], items[first]) {
        let value = items[i]
        var j = i
        while j > first {
          items[j] = items[j - 1]
          j -= 1
        }
        items[first] = value
      } else {
        unguardedLinearInsert(i)
      }
      i += 1
    }
  }

  /// `floor(log2(n))` for n > 0.
  private static func log2Floor(_ n: Int) -> Int { Int.bitWidth - 1 - n.leadingZeroBitCount }

  // MARK: Selection and sorting

  /// `std::nth_element(first, nth, last)`.
  mutating func nthElement(_ start: Int, _ nth: Int, _ end: Int) {
    if start == end || nth == end { return }
    var first = start
    var last = end
    var depth = 2 * Self.log2Floor(last - first)
    while last - first > 3 {
      if depth == 0 {
        heapSelect(first, nth + 1, last)
        swapAt(first, nth)
        return
      }
      depth -= 1
      let cut = unguardedPartitionPivot(first, last)
      if cut <= nth { first = cut } else { last = cut }
    }
    insertionSort(first, last)
  }

  /// `std::sort(first, last)`: introsort down to runs of 16, then one insertion sort.
  mutating func sort(_ first: Int, _ last: Int) {
    if first == last { return }
    introsortLoop(first, last, depth: 2 * Self.log2Floor(last - first))
    if last - first > 16 {
      insertionSort(first, first + 16)
      var i = first + 16
      while i < last {
        unguardedLinearInsert(i)
        i += 1
      }
    } else {
      insertionSort(first, last)
    }
  }

  private mutating func introsortLoop(_ first: Int, _ end: Int, depth start: Int) {
    var last = end
    var depth = start
    while last - first > 16 {
      if depth == 0 {
        heapSelect(first, last, last)
        sortHeap(first, last)
        return
      }
      depth -= 1
      let cut = unguardedPartitionPivot(first, last)
      introsortLoop(cut, last, depth: depth)
      last = cut
    }
  }
}
