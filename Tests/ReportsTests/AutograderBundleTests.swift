import Foundation
import TestSupport
import Workbook
import XCTest

@testable import Reports

/// `gradbook autograder`: the zip holds what Gradescope needs, and its `run_autograder`, run here against a fake
/// `/autograder` (relocated with GRADBOOK_AUTOGRADER_ROOT), writes a valid results.json.
final class AutograderBundleTests: XCTestCase {
  /// The gradbook executable built beside this test bundle.
  private func builtGradbook() throws -> String {
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0])
    var folder = testBinary.deletingLastPathComponent()
    if testBinary.pathExtension != "xctest" {
      folder = Bundle.main.bundleURL.deletingLastPathComponent()
    }
    let path = folder.appendingPathComponent("gradbook").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      XCTFail("no gradbook executable at \(path): build it first (swift build --build-tests builds it)")
      throw CocoaError(.fileNoSuchFile)
    }
    return path
  }

  func testTheBundleHoldsWhatGradescopeNeedsAndItsRunAutograderWritesResults() throws {
    let course = try CourseFixture()
    defer { course.remove() }
    let root = course.folder.appendingPathComponent("autograder")
    let source = root.appendingPathComponent("source").path
    try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
    let zip = course.folder.appendingPathComponent("autograder.zip").path
    var out = ""
    var err = ""
    let code = GradingDriver(write: { out += $0 }, writeError: { err += $0 }).autograder(
      paths: [course.source], output: zip, binary: try builtGradbook(), staging: source)
    XCTAssertEqual(code, 0, err)
    let lessons = try course.lessonNames().count
    XCTAssertTrue(out.hasPrefix("wrote \(zip): gradbook, setup.sh, run_autograder and \(lessons) lessons"), out)

    // The archive: the scripts and the binary at its root, executable, and every lesson; each entry the staged file.
    let entries = try ZipDirectory.entries(of: Data(contentsOf: URL(fileURLWithPath: zip)))
    let names = Set(entries.map(\.name))
    for required in ["setup.sh", "run_autograder", "gradbook"] {
      XCTAssertTrue(names.contains(required), "\(required) at the root of the zip: \(names.sorted())")
      XCTAssertEqual(entries.first { $0.name == required }.map { $0.mode & 0o111 }, 0o111, required)
    }
    for lesson in try course.lessonNames() { XCTAssertTrue(names.contains("lessons/" + lesson), lesson) }
    for entry in entries where !entry.name.hasSuffix("/") {
      let staged = try Data(contentsOf: URL(fileURLWithPath: source + "/" + entry.name))
      XCTAssertEqual(entry.size, staged.count, entry.name)
      XCTAssertEqual(entry.crc32, ZipDirectory.crc32(staged), entry.name)
    }

    // Gradescope's layout: run_autograder copied to the root, the learner's files in submission/.
    let exercises = try course.exercises()
    let solved = try course.submission(
      "solved", bodies: Dictionary(uniqueKeysWithValues: exercises.map { ($0.id, $0.solution) }))
    try FileManager.default.copyItem(atPath: solved, toPath: root.appendingPathComponent("submission").path)
    try FileManager.default.copyItem(
      atPath: source + "/run_autograder", toPath: root.appendingPathComponent("run_autograder").path)
    XCTAssertEqual(try run(source + "/setup.sh", root: root.path), 0)
    XCTAssertEqual(try run(root.appendingPathComponent("run_autograder").path, root: root.path), 0)
    let results = try Data(contentsOf: root.appendingPathComponent("results/results.json"))
    let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: results) as? [String: Any])
    XCTAssertEqual(object["score"] as? Double, exercises.reduce(0) { $0 + $1.points })
    let tests = try XCTUnwrap(object["tests"] as? [[String: Any]])
    XCTAssertGreaterThan(tests.count, exercises.count)
    XCTAssertTrue(tests.allSatisfy { ($0["status"] as? String) == "passed" })
    XCTAssertEqual(
      Set(tests.compactMap { $0["visibility"] as? String }), ["visible", "after_published"])
  }

  func testALearnersCopyIsNotABundleSource() throws {
    let course = try CourseFixture()
    defer { course.remove() }
    var err = ""
    let code = GradingDriver(write: { _ in }, writeError: { err += $0 }).autograder(
      paths: [course.release], output: course.folder.appendingPathComponent("a.zip").path, binary: "/bin/true"
    )
    XCTAssertEqual(code, 2)
    XCTAssertTrue(err.contains(":1:1: error: this is a learner's copy (it has a release stamp)"), err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: course.folder.appendingPathComponent("a.zip").path))
  }

  /// Runs a bundle script with bash, `/autograder` moved to `root`; returns its exit status.
  private func run(_ script: String, root: String) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [script]
    var environment = ProcessInfo.processInfo.environment
    environment["GRADBOOK_AUTOGRADER_ROOT"] = root
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}

/// Reads a zip's central directory: each entry's name, Unix mode, size and CRC-32 (APPNOTE.TXT 4.3.12, 4.3.16).
enum ZipDirectory {
  struct Entry {
    var name: String
    var mode: UInt32
    var size: Int
    var crc32: UInt32
  }

  enum Failure: Error { case noEndRecord, truncated }

  static func entries(of data: Data) throws -> [Entry] {
    let bytes = [UInt8](data)
    func le16(_ at: Int) throws -> Int {
      guard at + 2 <= bytes.count else { throw Failure.truncated }
      return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }
    func le32(_ at: Int) throws -> UInt32 {
      guard at + 4 <= bytes.count else { throw Failure.truncated }
      return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(
        bytes[at + 3]) << 24
    }
    guard
      let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 65_557), by: -1).first(where: {
        (try? le32($0)) == 0x0605_4b50
      })
    else { throw Failure.noEndRecord }
    let count = try le16(end + 10)
    var offset = Int(try le32(end + 16))
    var entries: [Entry] = []
    for _ in 0..<count {
      guard try le32(offset) == 0x0201_4b50 else { throw Failure.truncated }
      let nameLength = try le16(offset + 28)
      let extraLength = try le16(offset + 30)
      let commentLength = try le16(offset + 32)
      guard offset + 46 + nameLength <= bytes.count else { throw Failure.truncated }
      entries.append(
        Entry(
          name: String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self),
          mode: try le32(offset + 38) >> 16, size: Int(try le32(offset + 24)), crc32: try le32(offset + 16)))
      offset += 46 + nameLength + extraLength + commentLength
    }
    return entries
  }

  /// CRC-32 as zip computes it (reflected polynomial 0xEDB88320).
  static func crc32(_ data: Data) -> UInt32 {
    var table = [UInt32](repeating: 0, count: 256)
    for index in 0..<256 {
      var value = UInt32(index)
      for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
      table[index] = value
    }
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }
}
