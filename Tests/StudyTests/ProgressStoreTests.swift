import Foundation
import TestSupport
import XCTest

@testable import Study

/// `.gradbook/progress.json`: written atomically, never silently reset, shared safely between two gradbooks.
final class ProgressStoreTests: XCTestCase {
  private let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-progress-\(UUID().uuidString)"
  ).path
  private let moment = Date(timeIntervalSince1970: 1_800_000_000)

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(atPath: root + "/.gradbook", withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: root)
  }

  private var store: ProgressStore { ProgressStore(root: root, now: { self.moment }) }
  private var progressPath: String { root + "/.gradbook/progress.json" }

  private func files() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: root + "/.gradbook").sorted()
  }

  func testAMissingFileIsEmptyHistoryAndAnUpdateWritesReadableJSON() throws {
    let (empty, notice, writable) = store.load()
    XCTAssertEqual(empty, Progress())
    XCTAssertNil(notice)
    XCTAssertTrue(writable)
    try store.update { $0.exercises["01.md#a"] = ExerciseHistory(starter: "s", hintsShown: 1, attempts: 2) }
    let text = try String(contentsOfFile: progressPath, encoding: .utf8)
    assertTextEqual(
      text,
      """
      {
        "exercises" : {
          "01.md#a" : {
            "attempts" : 2,
            "hintsShown" : 1,
            "starter" : "s"
          }
        },
        "retired" : {

        },
        "version" : 1
      }

      """)
    XCTAssertEqual(store.load().progress.history("01.md#a").attempts, 2)
    XCTAssertEqual(try files(), ["progress.json"], "no temporary file is left behind")
  }

  func testACorruptFileIsReportedSetAsideWithATimestampAndStartedAfresh() throws {
    let torn = Data("{\"version\": 1, \"exercises\": {\"01.md#a\": {\"hintsSh".utf8)
    try torn.write(to: URL(fileURLWithPath: progressPath))
    let (progress, notice, writable) = store.load()
    XCTAssertEqual(progress, Progress())
    XCTAssertTrue(writable)
    let message = try XCTUnwrap(notice?.message)
    XCTAssertTrue(message.hasPrefix(".gradbook/progress.json is unusable (it is not valid JSON"), message)
    XCTAssertTrue(message.contains("set aside as .gradbook/progress.json.broken-20270115T080000Z"), message)
    XCTAssertTrue(message.contains("what you solved is safe"), message)
    XCTAssertEqual(try files(), ["progress.json.broken-20270115T080000Z"])
    XCTAssertEqual(
      FileManager.default.contents(atPath: root + "/.gradbook/progress.json.broken-20270115T080000Z"), torn,
      "the broken file is kept byte for byte")
    // A second broken file in the same second does not overwrite the first.
    try Data("[]".utf8).write(to: URL(fileURLWithPath: progressPath))
    XCTAssertTrue(try XCTUnwrap(store.load().notice?.message).contains("broken-20270115T080000Z-2"))
  }

  func testAFieldOfTheWrongKindIsNamedInTheNotice() throws {
    try Data(#"{"version": 1, "exercises": {"a#b": {"hintsShown": "two"}}}"#.utf8).write(
      to: URL(fileURLWithPath: progressPath))
    let message = try XCTUnwrap(store.load().notice?.message)
    XCTAssertTrue(message.contains("`exercises.a#b.hintsShown` has the wrong kind of value"), message)
    try Data(#"{"exercises": {}}"#.utf8).write(to: URL(fileURLWithPath: progressPath))
    XCTAssertTrue(try XCTUnwrap(store.load().notice?.message).contains("`version` is missing"))
  }

  func testAFileThatCannotBeReadIsSetAsideToo() throws {
    try FileManager.default.createDirectory(atPath: progressPath, withIntermediateDirectories: true)
    let message = try XCTUnwrap(store.load().notice?.message)
    XCTAssertTrue(message.contains("it cannot be read"), message)
    XCTAssertFalse(FileManager.default.fileExists(atPath: progressPath))
  }

  func testAFileFromANewerGradbookIsLeftAloneAndNothingIsSaved() throws {
    let newer = Data(#"{"version": 2, "exercises": {}, "future": true}"#.utf8)
    try newer.write(to: URL(fileURLWithPath: progressPath))
    let (_, notice, writable) = store.load()
    XCTAssertFalse(writable)
    XCTAssertTrue(try XCTUnwrap(notice?.message).contains("written by a newer gradbook (format 2)"))
    XCTAssertThrowsError(try store.update { $0.exercises["x#y"] = ExerciseHistory() })
    XCTAssertEqual(FileManager.default.contents(atPath: progressPath), newer)
  }

  /// A crash after the new history is written and synced but before it is renamed over the old: the folder as it
  /// is at that moment (copied from inside the writer) is what the next gradbook finds. It reads the old history
  /// without a notice, and its next save replaces the file cleanly.
  func testACrashBetweenWriteAndRenameLeavesTheOldHistoryWhole() throws {
    try store.update { $0.exercises["01.md#a"] = ExerciseHistory(hintsShown: 1) }
    let before = try XCTUnwrap(FileManager.default.contents(atPath: progressPath))
    let crashedRoot = root + "-crashed"
    defer { try? FileManager.default.removeItem(atPath: crashedRoot) }
    struct Crash: Error {}
    var crashing = store
    crashing.beforeRename = { _ in
      try FileManager.default.copyItem(atPath: self.root, toPath: crashedRoot)
      throw Crash()
    }
    XCTAssertThrowsError(try crashing.update { $0.exercises["01.md#a"]?.hintsShown = 2 }) {
      XCTAssertTrue($0 is Crash, "\($0)")
    }
    XCTAssertEqual(FileManager.default.contents(atPath: progressPath), before)
    XCTAssertEqual(try files(), ["progress.json"], "the writer that stopped removed its replacement")

    let left = try FileManager.default.contentsOfDirectory(atPath: crashedRoot + "/.gradbook").sorted()
    XCTAssertEqual(left.count, 2, "\(left)")
    XCTAssertEqual(left.last, "progress.json")
    XCTAssertTrue(left.first?.hasPrefix(".progress.json.gradbook-") == true, "\(left)")
    let afterCrash = ProgressStore(root: crashedRoot, now: { self.moment })
    XCTAssertEqual(FileManager.default.contents(atPath: afterCrash.path), before)
    let (progress, notice, writable) = afterCrash.load()
    XCTAssertNil(notice)
    XCTAssertTrue(writable)
    XCTAssertEqual(progress.history("01.md#a").hintsShown, 1)
    // The leftover, once it is older than any save in progress, goes with the next save.
    let leftover = try XCTUnwrap(left.first)
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(-120)],
      ofItemAtPath: crashedRoot + "/.gradbook/" + leftover)
    try afterCrash.update { $0.exercises["01.md#a"]?.hintsShown = 2 }
    XCTAssertEqual(afterCrash.load().progress.history("01.md#a").hintsShown, 2)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: crashedRoot + "/.gradbook"), ["progress.json"])
  }

  /// A crash in the middle of writing the new history leaves part of it in the hidden replacement file, never in
  /// progress.json: the old history is read, and the next save replaces it cleanly.
  func testACrashInTheMiddleOfTheWriteLeavesTheOldHistoryWhole() throws {
    try store.update { $0.exercises["01.md#a"] = ExerciseHistory(hintsShown: 1) }
    let before = try XCTUnwrap(FileManager.default.contents(atPath: progressPath))
    let leftover = root + "/.gradbook/.progress.json.gradbook-crashed"
    try Data("{\"version\": 1, \"exercises\": {\"01.md#a\": {\"hintsShown\": 2".utf8).write(
      to: URL(fileURLWithPath: leftover))
    XCTAssertEqual(FileManager.default.contents(atPath: progressPath), before)
    let (progress, notice, _) = store.load()
    XCTAssertNil(notice)
    XCTAssertEqual(progress.history("01.md#a").hintsShown, 1)
    try store.update { $0.exercises["01.md#a"]?.hintsShown = 2 }
    XCTAssertEqual(store.load().progress.history("01.md#a").hintsShown, 2)
    XCTAssertNil(store.load().notice)
    XCTAssertEqual(
      try files(), [".progress.json.gradbook-crashed", "progress.json"],
      "a replacement younger than a minute may be another gradbook's save in progress: it stays")
  }

  func testTwoGradbooksUpdatingInTurnKeepBothChanges() throws {
    let first = store
    let second = ProgressStore(root: root)
    try first.update { $0.exercises["a#1"] = ExerciseHistory(hintsShown: 1) }
    try second.update { $0.exercises["a#2"] = ExerciseHistory(attempts: 3) }
    try first.update { $0.exercises["a#1"]?.attempts = 5 }
    let progress = second.load().progress
    XCTAssertEqual(progress.history("a#1"), ExerciseHistory(hintsShown: 1, attempts: 5))
    XCTAssertEqual(progress.history("a#2"), ExerciseHistory(attempts: 3))
  }

  func testExercisesGoneFromTheCourseAreKeptApartAndComeBack() {
    var progress = Progress(exercises: ["a#1": ExerciseHistory(hintsShown: 2), "a#2": ExerciseHistory()])
    progress.reconcile(current: ["a#2", "b#1"])
    XCTAssertEqual(progress.retired, ["a#1": ExerciseHistory(hintsShown: 2)])
    XCTAssertEqual(Set(progress.exercises.keys), ["a#2"])
    progress.reconcile(current: ["a#1", "a#2"])
    XCTAssertEqual(progress.retired, [:])
    XCTAssertEqual(progress.history("a#1").hintsShown, 2)
  }

  func testTheCourseRootIsFoundByWalkingUp() throws {
    let inner = root + "/part/one"
    try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
    let resolved = URL(fileURLWithPath: root).standardizedFileURL.path
    XCTAssertEqual(CourseRoot.find(from: inner), resolved)
    XCTAssertEqual(CourseRoot.find(from: root), resolved)
    XCTAssertNil(CourseRoot.find(from: FileManager.default.temporaryDirectory.path + "/no-such-course"))
  }
}
