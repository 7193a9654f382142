/// Simulates CPython's set hash table (open addressing with linear probes, then perturbation)
/// to reproduce the order in which CPython iterates a set.
struct SetLayout {
  private static let linearProbes = 9
  private static let perturbShift = 5

  private var table: [Int?]
  private var mask: Int
  private var fill = 0
  private let hashes: [UInt64]

  /// Lays out elements whose CPython hashes are `hashes`, inserted in order (all distinct).
  init(hashes: [UInt64]) {
    self.hashes = hashes
    table = Array(repeating: nil, count: 8)
    mask = 7
    for element in hashes.indices { add(element) }
  }

  /// Element indices in table order.
  var order: [Int] { table.compactMap { $0 } }

  private mutating func add(_ element: Int) {
    place(element, in: &table, mask: mask)
    fill += 1
    if fill * 5 >= mask * 3 { resize(minimumUsed: fill > 50_000 ? fill * 2 : fill * 4) }
  }

  private func place(_ element: Int, in slots: inout [Int?], mask: Int) {
    let hash = hashes[element]
    var perturb = hash
    var index = Int(hash & UInt64(mask))
    while true {
      if slots[index] == nil {
        slots[index] = element
        return
      }
      if index + Self.linearProbes <= mask {
        for offset in 1...Self.linearProbes where slots[index + offset] == nil {
          slots[index + offset] = element
          return
        }
      }
      perturb >>= UInt64(Self.perturbShift)
      index = Int((UInt64(index) &* 5 &+ 1 &+ perturb) & UInt64(mask))
    }
  }

  private mutating func resize(minimumUsed: Int) {
    var size = 8
    while size <= minimumUsed { size <<= 1 }
    var newTable: [Int?] = Array(repeating: nil, count: size)
    for case let element? in table { place(element, in: &newTable, mask: size - 1) }
    table = newTable
    mask = size - 1
  }
}
