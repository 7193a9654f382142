import Foundation
import XCTest

@testable import Workbook

/// The ordered concurrent map: results in input order whatever order work finishes in.
final class OrderedConcurrentMapTests: XCTestCase {
  func testResultsComeInInputOrderWhenLaterItemsFinishFirst() {
    // Item 0 cannot finish before item 3 has: with four workers the work finishes out of order.
    let lastDone = DispatchSemaphore(value: 0)
    let log = NSLock()
    var finished: [Int] = []
    var delivered: [Int] = []
    let outputs = OrderedConcurrentMap(jobs: 4).map(
      [0, 1, 2, 3],
      { item -> String in
        if item == 0 { lastDone.wait() }
        log.lock()
        finished.append(item)
        log.unlock()
        if item == 3 { lastDone.signal() }
        return "item \(item)"
      },
      deliver: { index, output in
        XCTAssertEqual(output, "item \(index)")
        delivered.append(index)
      })
    XCTAssertEqual(outputs, ["item 0", "item 1", "item 2", "item 3"])
    XCTAssertEqual(delivered, [0, 1, 2, 3])
    XCTAssertEqual(finished.last, 0, "item 0 finished last, yet was delivered first")
  }

  func testOneJobRunsOnTheCallingThreadInOrder() {
    var seen: [Int] = []
    let outputs = OrderedConcurrentMap(jobs: 1).map(Array(0..<5)) { item -> Int in
      XCTAssertTrue(Thread.isMainThread)
      seen.append(item)
      return item * item
    }
    XCTAssertEqual(outputs, [0, 1, 4, 9, 16])
    XCTAssertEqual(seen, [0, 1, 2, 3, 4])
  }

  func testMoreJobsThanItemsAndNoItems() {
    XCTAssertEqual(OrderedConcurrentMap(jobs: 8).map([1, 2]) { $0 + 1 }, [2, 3])
    XCTAssertEqual(OrderedConcurrentMap(jobs: 8).map([Int]()) { $0 }, [])
    XCTAssertEqual(OrderedConcurrentMap(jobs: 0).jobs, 1)
  }

  func testManyItemsOnFewWorkersKeepTheirOrder() {
    let inputs = Array(0..<500)
    XCTAssertEqual(OrderedConcurrentMap(jobs: 3).map(inputs) { $0 * 2 }, inputs.map { $0 * 2 })
  }
}
