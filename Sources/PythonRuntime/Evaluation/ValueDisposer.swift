/// Releases learner data iteratively, so dropping a deeply nested structure (`t = (t,)` a million
/// times) cannot recurse through Swift's deallocation and overflow the stack.
///
/// Containers held only by the value being dropped are emptied onto an explicit stack first;
/// shared ones are left alone (their release only decrements a count).
enum ValueDisposer {
  /// Drops `value` (leaving `.none`), dismantling uniquely held nested containers iteratively.
  @inline(__always)
  static func dispose(_ value: inout Value) {
    // Every assignment drops its old value here: numbers and strings must cost no call.
    guard isContainer(value) else { return }
    disposeContainer(&value)
  }

  private static func disposeContainer(_ value: inout Value) {
    var stack: [Value] = []
    stack.append(take(&value))
    while var current = stack.popLast() {
      if var list = takeList(&current) {
        if isKnownUniquelyReferenced(&list) {
          for element in list.elements where isContainer(element) { stack.append(element) }
          list.elements.removeAll()
        }
      } else if var dict = takeDict(&current) {
        if isKnownUniquelyReferenced(&dict) {
          for entry in dict.entries {
            if isContainer(entry.key) { stack.append(entry.key) }
            if isContainer(entry.value) { stack.append(entry.value) }
          }
          dict.removeAll()
        }
      } else if var elements = takeTuple(&current), elements.contains(where: isContainer) {
        // Mutable access copies a shared buffer; an unchanged address means this tuple owned it.
        let before = elements.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        let after = elements.withUnsafeMutableBufferPointer { UnsafeRawPointer($0.baseAddress) }
        if before == after {
          for element in elements where isContainer(element) { stack.append(element) }
        }
      }
    }
  }

  private static func take(_ value: inout Value) -> Value {
    let taken = value
    value = .none
    return taken
  }

  private static func takeList(_ value: inout Value) -> ListObject? {
    guard case .list(let list) = value else { return nil }
    value = .none
    return list
  }

  private static func takeDict(_ value: inout Value) -> DictObject? {
    guard case .dict(let dict) = value else { return nil }
    value = .none
    return dict
  }

  private static func takeTuple(_ value: inout Value) -> [Value]? {
    guard case .tuple(let elements) = value else { return nil }
    value = .none
    return elements
  }

  @inline(__always)
  private static func isContainer(_ value: Value) -> Bool {
    switch value {
    case .tuple(let elements): return !elements.isEmpty
    case .list, .dict: return true
    default: return false
    }
  }
}
