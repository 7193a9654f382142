import Foundation
import XCTest

@testable import Study

#if canImport(Glibc)
  import Glibc
#endif

/// The study loop's polling: which changes to a course's files count as a save.
final class FileWatcherTests: XCTestCase {
  private let root = FileManager.default.temporaryDirectory.appendingPathComponent(
    "gradbook-watch-\(UUID().uuidString)"
  ).path

  override func setUpWithError() throws {
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try write("01.md", "# One\n\n```python\nx = 1\n```\n")
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: root)
  }

  private func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
  }

  /// Sets a file's modification time to exactly `seconds` (as a clock with whole seconds would).
  private func setModified(_ name: String, seconds: Int) {
    let times = [
      timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0),
    ]
    XCTAssertEqual(utimensat(AT_FDCWD, root + "/" + name, times, 0), 0)
  }

  func testNothingChangedIsNotASave() {
    var watcher = FileWatcher(root: root)
    XCTAssertFalse(watcher.hasChanged())
    XCTAssertFalse(watcher.hasChanged())
  }

  func testASaveAnAddedAndARemovedLessonAreNoticedOnce() throws {
    var watcher = FileWatcher(root: root)
    try write("01.md", "# One\n\n```python\nx = 22\n```\n")
    XCTAssertTrue(watcher.hasChanged())
    XCTAssertFalse(watcher.hasChanged(), "a save is noticed once")
    try write("02.md", "# Two\n\n```python\ny = 2\n```\n")
    XCTAssertTrue(watcher.hasChanged())
    try FileManager.default.removeItem(atPath: root + "/02.md")
    XCTAssertTrue(watcher.hasChanged())
  }

  /// NFS, FAT and some containers keep modification times in whole seconds: two saves of the same size in one second
  /// leave the time and size as they were, and only the bytes tell them apart.
  func testASaveOfTheSameSizeWithinOneTickOfACoarseClockIsNoticed() throws {
    setModified("01.md", seconds: 1_800_000_000)
    var watcher = FileWatcher(root: root)
    try write("01.md", "# One\n\n```python\nx = 2\n```\n")
    setModified("01.md", seconds: 1_800_000_000)
    XCTAssertTrue(watcher.hasChanged())
  }

  func testFilesThatAreNotLessonsAreNotWatched() throws {
    var watcher = FileWatcher(root: root)
    try write("notes.txt", "scratch")
    try FileManager.default.createDirectory(atPath: root + "/.gradbook", withIntermediateDirectories: true)
    try write(".gradbook/progress.json", "{}")
    XCTAssertFalse(watcher.hasChanged())
  }
}
