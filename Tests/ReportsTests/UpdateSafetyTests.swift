import Foundation
import PythonRuntime
import Workbook
import XCTest

@testable import Reports

#if canImport(Glibc)
  import Glibc
#endif

/// `check --update` never clobbers: it refuses files and folders the user cannot write, writes through symbolic
/// links, keeps mode and owner, and writes nothing when the lesson changed during the run.
final class UpdateSafetyTests: XCTestCase {
  private var folder = URL(fileURLWithPath: "/")
  static let lesson = "# U\n\n```python\nx\n```\n\n```output\nold\n```\n"
  static let updated = "# U\n\n```python\nx\n```\n\n```output\nnew\n```\n"

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "gradbook-update-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    chmod(folder.path, 0o755)
    if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
      for name in names { chmod(folder.appendingPathComponent(name).path, 0o755) }
    }
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ text: String = lesson, mode: mode_t = 0o644) throws -> String {
    let path = folder.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, mode)
    return path
  }

  /// Runs `check --update` on `path` with the cell printing `new`; returns the exit code and standard error.
  private func update(_ path: String, onRun: @escaping () -> Void = {}) -> (code: Int32, errors: String) {
    var errors = ""
    let runner = ObservingRunner { _ in
      onRun()
      return CellResult(output: "new\n")
    }
    let code = CommandDriver(makeRunner: { runner }, write: { _ in }, writeError: { errors += $0 })
      .check(paths: [path], format: .text, options: TerminalOptions(), update: true)
    return (code, errors)
  }

  private func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  private func mode(_ path: String) -> mode_t {
    var info = stat()
    lstat(path, &info)
    return info.st_mode & 0o7777
  }

  private func folderEntries() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  func testAReadOnlyFileIsRefusedAndLeftAsItWas() throws {
    let path = try write("ro.md", mode: 0o444)
    let (code, errors) = update(path)
    XCTAssertEqual(code, 2)
    XCTAssertEqual(
      errors, "\(path): error: cannot write: the file is read-only (mode 0444); nothing was changed\n")
    XCTAssertEqual(try contents(path), Self.lesson)
    XCTAssertEqual(mode(path), 0o444)
    XCTAssertEqual(try folderEntries(), ["ro.md"], "no temporary file is left behind")
  }

  func testAFileInAReadOnlyFolderIsRefused() throws {
    let path = try write("in-ro.md")
    chmod(folder.path, 0o555)
    let (code, errors) = update(path)
    chmod(folder.path, 0o755)
    XCTAssertEqual(code, 2)
    XCTAssertEqual(
      errors,
      "\(path): error: cannot write: its folder \(folder.path) is read-only (the new text is written beside the "
        + "file, then renamed over it); nothing was changed\n")
    XCTAssertEqual(try contents(path), Self.lesson)
  }

  func testASymbolicLinkIsWrittenThroughAndStaysALink() throws {
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("real"), withIntermediateDirectories: true)
    let target = try write("real/target.md", mode: 0o640)
    let link = folder.appendingPathComponent("link.md").path
    XCTAssertEqual(symlink("real/target.md", link), 0)
    let (code, errors) = update(link)
    XCTAssertEqual(code, 1, "the run that updates still reports the failure it found")
    XCTAssertEqual(errors, "\(link): updated 1 fence\n")
    XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "real/target.md")
    XCTAssertEqual(try contents(target), Self.updated)
    XCTAssertEqual(mode(target), 0o640)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/real"), ["target.md"])
  }

  func testModeAndOwnerAreKept() throws {
    let path = try write("owned.md", mode: 0o604)
    let isRoot = geteuid() == 0
    if isRoot { XCTAssertEqual(chown(path, 4321, 8765), 0) }
    let (code, _) = update(path)
    XCTAssertEqual(code, 1)
    XCTAssertEqual(try contents(path), Self.updated)
    XCTAssertEqual(mode(path), 0o604)
    var info = stat()
    stat(path, &info)
    if isRoot {
      XCTAssertEqual(info.st_uid, 4321)
      XCTAssertEqual(info.st_gid, 8765)
    } else {
      XCTAssertEqual(info.st_uid, geteuid())
    }
  }

  func testAnEditDuringTheRunIsKeptAndNothingIsWritten() throws {
    let path = try write("edited.md")
    let edited = Self.lesson + "\nA line the author added while the lesson ran.\n"
    let (code, errors) = update(path) { try? Data(edited.utf8).write(to: URL(fileURLWithPath: path)) }
    XCTAssertEqual(code, 2)
    XCTAssertEqual(
      errors,
      "\(path): error: not updated: the file changed since it was read for this run; nothing was written "
        + "(run `check --update` again)\n")
    XCTAssertEqual(try contents(path), edited)
  }
}
