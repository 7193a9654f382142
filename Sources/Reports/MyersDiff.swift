/// The shortest edit script between two sequences (Myers' O(ND) algorithm in its linear-space form): time
/// proportional to the total length times the number of differences, memory proportional to the total length.
struct MyersDiff {
  /// One step of the script, in order.
  enum Step: Equatable {
    case same(old: Int, new: Int)
    case removed(old: Int)
    case added(new: Int)
  }

  let old: [Int]
  let new: [Int]

  /// The script turning `old` into `new`, or nil when more than `maximumDifferences` lines are removed and added.
  static func steps(old: [Int], new: [Int], maximumDifferences: Int) -> [Step]? {
    let diff = MyersDiff(old: old, new: new)
    var steps: [Step] = []
    steps.reserveCapacity(old.count + new.count)
    guard diff.compare(0, old.count, 0, new.count, limit: maximumDifferences, into: &steps) else {
      return nil
    }
    return steps
  }

  /// Appends the script for `old[oldStart..<oldEnd]` against `new[newStart..<newEnd]`; false when the top-level
  /// middle-snake search passes `limit` differences (only the outermost call is limited).
  private func compare(
    _ oldStart: Int, _ oldEnd: Int, _ newStart: Int, _ newEnd: Int, limit: Int?, into steps: inout [Step]
  ) -> Bool {
    var (oldStart, oldEnd, newStart, newEnd) = (oldStart, oldEnd, newStart, newEnd)
    var tail: [Step] = []
    while oldStart < oldEnd, newStart < newEnd, old[oldStart] == new[newStart] {
      steps.append(.same(old: oldStart, new: newStart))
      oldStart += 1
      newStart += 1
    }
    while oldStart < oldEnd, newStart < newEnd, old[oldEnd - 1] == new[newEnd - 1] {
      oldEnd -= 1
      newEnd -= 1
      tail.append(.same(old: oldEnd, new: newEnd))
    }
    if oldStart == oldEnd || newStart == newEnd {
      steps += (oldStart..<oldEnd).map { .removed(old: $0) }
      steps += (newStart..<newEnd).map { .added(new: $0) }
    } else {
      guard let snake = middleSnake(oldStart, oldEnd, newStart, newEnd, limit: limit) else { return false }
      _ = compare(oldStart, snake.x, newStart, snake.y, limit: nil, into: &steps)
      for offset in 0..<(snake.u - snake.x) {
        steps.append(.same(old: snake.x + offset, new: snake.y + offset))
      }
      _ = compare(snake.u, oldEnd, snake.v, newEnd, limit: nil, into: &steps)
    }
    steps += tail.reversed()
    return true
  }

  /// A run of equal elements `(x, y)..<(u, v)` that lies on some shortest edit path, found by searching forward
  /// from the start and backward from the end until the two searches meet. Nil when more than `limit` differences
  /// would be needed.
  private func middleSnake(_ oldStart: Int, _ oldEnd: Int, _ newStart: Int, _ newEnd: Int, limit: Int?)
    -> (x: Int, y: Int, u: Int, v: Int)?
  {
    let n = oldEnd - oldStart
    let m = newEnd - newStart
    let delta = n - m
    let odd = delta & 1 != 0
    let maxD = (n + m + 1) / 2
    let offset = maxD + 1
    // forward[k]: the furthest x reached on diagonal k = x - y; backward[k]: the furthest distance from the end
    // reached on reversed diagonal k = (n - x) - (m - y).
    var forward = [Int](repeating: 0, count: 2 * offset + 1)
    var backward = [Int](repeating: 0, count: 2 * offset + 1)
    for d in 0...maxD {
      if let limit, 2 * d > limit + 1 { return nil }
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1])
          ? forward[offset + k + 1] : forward[offset + k - 1] + 1
        var y = x - k
        let (startX, startY) = (x, y)
        while x < n, y < m, old[oldStart + x] == new[newStart + y] {
          x += 1
          y += 1
        }
        forward[offset + k] = x
        let reversed = delta - k
        if odd, reversed >= -(d - 1), reversed <= d - 1, x + backward[offset + reversed] >= n {
          return (oldStart + startX, newStart + startY, oldStart + x, newStart + y)
        }
      }
      for k in stride(from: -d, through: d, by: 2) {
        var x =
          k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1])
          ? backward[offset + k + 1] : backward[offset + k - 1] + 1
        var y = x - k
        let (startX, startY) = (x, y)
        while x < n, y < m, old[oldEnd - 1 - x] == new[newEnd - 1 - y] {
          x += 1
          y += 1
        }
        backward[offset + k] = x
        let forwardDiagonal = delta - k
        if !odd, forwardDiagonal >= -d, forwardDiagonal <= d, x + forward[offset + forwardDiagonal] >= n {
          return (oldEnd - x, newEnd - y, oldEnd - startX, newEnd - startY)
        }
      }
    }
    return nil
  }
}
