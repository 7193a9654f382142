import Foundation
import XCTest

@testable import Workbook

#if canImport(Glibc)
  import Glibc
#endif

final class AtomicFileWriterTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent("gradbook-writer-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func reason(_ body: () throws -> Void) -> AtomicFileWriter.Failure.Reason? {
    do {
      try body()
      return nil
    } catch let failure as AtomicFileWriter.Failure {
      return failure.reason
    } catch {
      return .system(operation: "\(error)", code: 0)
    }
  }

  func testANewFileIsCreatedWithTheUsualModeAndNoTemporaryFileRemains() throws {
    let path = folder + "/new.md"
    try AtomicFileWriter(path: path).write(Array("text\n".utf8), replacing: nil)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "text\n")
    let mask = umask(0o022)
    umask(mask)
    var info = stat()
    stat(path, &info)
    XCTAssertEqual(info.st_mode & 0o777, 0o666 & ~mask)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["new.md"])
  }

  func testAFileThatVanishedOrChangedIsNotWritten() throws {
    let path = folder + "/gone.md"
    XCTAssertEqual(reason { try AtomicFileWriter(path: path).write([1], replacing: [0]) }, .changedSinceRead)
    XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    try Data("now\n".utf8).write(to: URL(fileURLWithPath: path))
    XCTAssertEqual(
      reason { try AtomicFileWriter(path: path).write(Array("new\n".utf8), replacing: Array("then\n".utf8)) },
      .changedSinceRead)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "now\n")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["gone.md"])
  }

  func testSpecialFilesAndLinkLoopsAreRefused() throws {
    let fifo = folder + "/pipe.md"
    XCTAssertEqual(mkfifo(fifo, 0o644), 0)
    XCTAssertEqual(
      reason { try AtomicFileWriter(path: fifo).write([1], replacing: nil) }, .notRegularFile("a FIFO"))
    XCTAssertEqual(
      AtomicFileWriter.Failure(path: fifo, reason: .notRegularFile("a FIFO")).description,
      "\(fifo): error: cannot write: not a regular file (a FIFO); nothing was changed")
    XCTAssertEqual(symlink("b.md", folder + "/a.md"), 0)
    XCTAssertEqual(symlink("a.md", folder + "/b.md"), 0)
    XCTAssertEqual(
      reason { try AtomicFileWriter(path: folder + "/a.md").write([1], replacing: nil) }, .tooManyLinks)
  }

  func testADanglingLinkIsWrittenThroughToItsTarget() throws {
    XCTAssertEqual(symlink("target.md", folder + "/link.md"), 0)
    try AtomicFileWriter(path: folder + "/link.md").write(Array("x\n".utf8), replacing: nil)
    XCTAssertEqual(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.md"), "target.md")
    XCTAssertEqual(try String(contentsOfFile: folder + "/target.md", encoding: .utf8), "x\n")
  }

  func testFolderOfAPath() {
    XCTAssertEqual(AtomicFileWriter.folder(of: "/a.md"), "/")
    XCTAssertEqual(AtomicFileWriter.folder(of: "a.md"), ".")
    XCTAssertEqual(AtomicFileWriter.folder(of: "x/y/a.md"), "x/y")
  }
}
