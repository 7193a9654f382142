import Foundation
import XCTest

@testable import Workbook

#if canImport(Glibc)
  import Glibc
#endif

/// What `AtomicFileWriter` leaves on disk when the process dies, or the disk fills, in the middle of a write.
final class AtomicFileCrashTests: XCTestCase {
  private var folder = ""
  private var crashed: String { folder + "-crashed" }

  private struct Crash: Error {}

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("gradbook-crash-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.removeItem(atPath: crashed)
  }

  private func text(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  /// The process dies after the replacement is written and synced, before it is renamed: the folder as it is at
  /// that moment (copied from inside the writer) is what the disk holds after the crash.
  func testACrashBetweenWriteAndRenameLeavesTheOldFileWholeAndTheNewOneBesideIt() throws {
    let path = folder + "/lesson.md"
    try Data("old text\n".utf8).write(to: URL(fileURLWithPath: path))
    XCTAssertEqual(chmod(path, 0o640), 0)
    var replacementName = ""
    var replacementMode: mode_t = 0
    let writer = AtomicFileWriter(path: path) { replacement in
      replacementName = (replacement as NSString).lastPathComponent
      var info = stat()
      stat(replacement, &info)
      replacementMode = info.st_mode & 0o7777
      try FileManager.default.copyItem(atPath: self.folder, toPath: self.crashed)
      throw Crash()
    }
    XCTAssertThrowsError(try writer.write(Array("new text\n".utf8), replacing: Array("old text\n".utf8))) {
      XCTAssertTrue($0 is Crash, "\($0)")
    }

    // After the crash: the file is the old one, whole; the new text is complete in a hidden file beside it, which
    // already has the file's mode (so renaming it would have been the only step left).
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: crashed).sorted(),
      [replacementName, "lesson.md"].sorted())
    XCTAssertTrue(replacementName.hasPrefix(".lesson.md.gradbook-"), replacementName)
    XCTAssertEqual(try text(crashed + "/lesson.md"), "old text\n")
    XCTAssertEqual(try text(crashed + "/" + replacementName), "new text\n")
    XCTAssertEqual(replacementMode, 0o640)

    // The writer stopped at that point by an error (not a crash) leaves the file and removes its replacement.
    XCTAssertEqual(try text(path), "old text\n")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["lesson.md"])

    // A later write over the crashed folder replaces the file cleanly; the leftover is not in its way.
    try AtomicFileWriter(path: crashed + "/lesson.md").write(
      Array("newer text\n".utf8), replacing: Array("old text\n".utf8))
    XCTAssertEqual(try text(crashed + "/lesson.md"), "newer text\n")
  }

  /// A disk that fills during the write (here: a file-size limit, which makes `write` fail as a full disk does,
  /// with a short write first) leaves the old file whole and no replacement behind, and says why.
  func testADiskThatFillsDuringTheWriteChangesNothing() throws {
    let path = folder + "/progress.json"
    let old = Array(repeating: UInt8(ascii: "o"), count: 64)
    try Data(old).write(to: URL(fileURLWithPath: path))
    var limit = rlimit()
    XCTAssertEqual(getrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit), 0)
    let saved = limit
    let previousHandler = signal(SIGXFSZ, SIG_IGN)
    limit.rlim_cur = 100
    XCTAssertEqual(setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit), 0)
    var caught: Error?
    do {
      try AtomicFileWriter(path: path).write(Array(repeating: UInt8(ascii: "n"), count: 4096), replacing: old)
    } catch {
      caught = error
    }
    var restore = saved
    setrlimit(Int32(RLIMIT_FSIZE.rawValue), &restore)
    signal(SIGXFSZ, previousHandler)

    let failure = try XCTUnwrap(caught as? AtomicFileWriter.Failure, "\(String(describing: caught))")
    XCTAssertEqual(failure.reason, .system(operation: "write", code: EFBIG))
    XCTAssertTrue(failure.message.hasSuffix("; nothing was changed"), failure.message)
    XCTAssertEqual(FileManager.default.contents(atPath: path), Data(old))
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["progress.json"])
  }
}
