import Dispatch
import Foundation
import PythonRuntime
import Synchronization
import XCTest

/// Two sessions run at the same time on two threads, cell by cell in lockstep, and each must see only
/// its own grad mode, random stream, warnings and object ids: exactly what it sees when run alone.
///
/// Session A turns grad off and seeds 1; session B keeps grad on and seeds 2. With engine state shared
/// by the process this fails at once (the two seeds and grad switches overwrite each other).
/// The first draws are PyTorch 2.15's: `torch.manual_seed(1)` then `torch.rand(2)` gives
/// `tensor([0.7576, 0.2793])`, `torch.manual_seed(2)` gives `tensor([0.6147, 0.3810])`.
final class ConcurrentSessionsTests: XCTestCase {
  static let steps = 60

  static let first: [String] =
    [
      "import torch\ntorch.manual_seed(1)\ntorch.set_grad_enabled(False)\nx = torch.ones(2, requires_grad=True)"
    ]
    + Array(
      repeating: """
        y = x * 2
        print(torch.is_grad_enabled(), y.requires_grad, torch.rand(2))
        with torch.enable_grad():
            z = x * 3
        print(z.grad_fn, y.grad)
        """, count: steps)

  static let second: [String] =
    ["import torch\ntorch.manual_seed(2)\nx = torch.ones(2, requires_grad=True)"]
    + Array(
      repeating: """
        y = x * 2
        print(torch.is_grad_enabled(), y.requires_grad, torch.rand(2))
        print(y.grad_fn, y.grad)
        """, count: steps)

  /// One cell's record: output, then `~~ warning` and `!! error` lines.
  static func record(_ result: CellResult) -> String {
    var text = result.output
    for warning in result.warnings { text += "~~ \(warning)\n" }
    if let error = result.error { text += "!! \(error.text)\n" }
    return text
  }

  /// The records of `cells` run in one fresh session, alone.
  static func alone(_ cells: [String]) -> [String] {
    let session = Session.withTorch()
    return cells.map { record(session.run($0)) }
  }

  func testTwoSessionsOnTwoThreadsEachSeeOnlyTheirOwnState() throws {
    let records = Records()
    let go = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
    let done = DispatchSemaphore(value: 0)
    for (index, cells) in [Self.first, Self.second].enumerated() {
      let thread = Thread {
        // Each thread makes and uses its own session; only the records cross threads.
        let session = Session.withTorch()
        for cell in cells {
          go[index].wait()
          records.append(Self.record(session.run(cell)), to: index)
          done.signal()
        }
      }
      thread.start()
    }
    // Lockstep: both sessions run their n-th cell at the same time, then both wait for the other.
    for _ in 0..<Self.first.count {
      go[0].signal()
      go[1].signal()
      done.wait()
      done.wait()
    }
    let (first, second) = (records.of(0), records.of(1))

    // Alone, each session prints the same text: grad mode, draws, warnings and grad_fn addresses (ids).
    XCTAssertEqual(first, Self.alone(Self.first))
    XCTAssertEqual(second, Self.alone(Self.second))
    XCTAssertEqual(first.count, Self.steps + 1)
    XCTAssertEqual(second.count, Self.steps + 1)
    let firstLine = try XCTUnwrap(first.dropFirst().first?.split(separator: "\n").first)
    XCTAssertEqual(firstLine, "False False tensor([0.7576, 0.2793])")
    let secondLines = try XCTUnwrap(second.dropFirst().first?.split(separator: "\n"))
    XCTAssertEqual(secondLines.first, "True True tensor([0.6147, 0.3810])")
    // B reads .grad of a non-leaf every cell (a warning each time); A never does.
    XCTAssertFalse(first.joined().contains("~~"))
    XCTAssertEqual(
      second.dropFirst().filter { $0.contains("~~ UserWarning: The .grad attribute") }.count, Self.steps)
  }
}

/// Cell records per session, appended from the sessions' threads.
private final class Records: Sendable {
  private let storage = Mutex<[Int: [String]]>([:])

  func append(_ record: String, to session: Int) {
    storage.withLock { $0[session, default: []].append(record) }
  }

  func of(_ session: Int) -> [String] {
    storage.withLock { $0[session] ?? [] }
  }
}
