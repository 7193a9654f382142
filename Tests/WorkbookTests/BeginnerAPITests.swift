import TestSupport
import Workbook
import XCTest

/// Every item of the beginner-tutorial API checklist (`Tests/Fixtures/beginner-api`) runs in a session
/// of its own and must print what PyTorch 2.15 printed, except the rows `not-supported.tsv` lists, which
/// must still differ (so that the list stays true). `tools/beginner_api_table.py` prints the same rows
/// as the table of issue 12.
final class BeginnerAPITests: XCTestCase {
  /// Items per group in `../shared/reference/pytorch-beginner-api.md` (groups 1-16 counted, 198 in
  /// all; group 17 is the brief's extra items).
  static let itemsPerGroup = [26, 12, 25, 7, 11, 13, 8, 9, 9, 19, 14, 5, 6, 9, 9, 16, 11]

  private static let checklist = Result { try BeginnerAPIChecklist.run() }

  func testEveryItemOfTheReferenceHasOneRow() throws {
    let checklist = try Self.checklist.get()
    let counts = (1...Self.itemsPerGroup.count).map { group in
      checklist.rows.filter { $0.group == group }.count
    }
    XCTAssertEqual(counts, Self.itemsPerGroup)
    XCTAssertEqual(checklist.rows.count, 209)
    XCTAssertEqual(
      Set(checklist.rows.map(\.key)).count, checklist.rows.count, "two rows share a group and a name")
    for row in checklist.rows {
      XCTAssertFalse(
        row.report.cell.expectations.isEmpty, "\(row.group) \(row.item): a row without PyTorch's output")
    }
  }

  func testEveryListedRowNamesARow() throws {
    let checklist = try Self.checklist.get()
    let keys = Set(checklist.rows.map(\.key))
    for key in checklist.exemptions.keys.sorted() {
      XCTAssertTrue(keys.contains(key), "not-supported.tsv lists \(key), which is no row's group and heading")
    }
  }

  func testEveryRowMatchesPyTorchUnlessListed() throws {
    let checklist = try Self.checklist.get()
    var matching = 0
    for row in checklist.rows {
      let label = "beginner-api group \(row.group), \(row.item) (\(row.report.cell.location.line))"
      if let exemption = checklist.exemptions[row.key] {
        XCTAssertNotEqual(
          row.report.status, .passed,
          "\(label) matches PyTorch now; take it off not-supported.tsv (\(exemption.kind): \(exemption.reason))"
        )
        continue
      }
      if row.report.status == .passed {
        matching += 1
      } else {
        assertTextEqual(
          BeginnerAPIChecklist.actualRecord(row.report), BeginnerAPIChecklist.expectedRecord(row.report.cell),
          "\(label): \(row.report.status)\n\(row.report.cell.code)")
        XCTAssertEqual(row.report.status, .passed, label)
      }
    }
    print(
      "beginner-api: \(matching) of \(checklist.rows.count) rows match PyTorch, \(checklist.exemptions.count) listed"
    )
  }
}
