import Foundation
import Reports
import TestSupport
import Workbook
import XCTest

/// `--jobs N` runs lessons at once in sessions of their own; what is printed must not change.
final class ParallelRunTests: XCTestCase {
  /// The English lessons of the course, run by the real interpreter.
  private var lessons: [String] {
    get throws {
      let folder = RepositoryPaths.root + "/lessons/en"
      let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }
        .sorted()
      XCTAssertGreaterThanOrEqual(names.count, 8, "the test wants at least two lessons for each of four jobs")
      return names.map { folder + "/" + $0 }
    }
  }

  private func command(
    _ name: String, _ paths: [String], _ format: OutputFormat, jobs: Int
  ) -> (code: Int32, out: String, err: String) {
    var out = ""
    var err = ""
    let driver = CommandDriver(write: { out += $0 }, writeError: { err += $0 })
    let options = TerminalOptions(width: 80, color: false)
    let code =
      name == "run"
      ? driver.run(paths: paths, format: format, options: options, jobs: jobs)
      : driver.check(paths: paths, format: format, options: options, update: false, jobs: jobs)
    return (code, out, err)
  }

  /// A JSON report with every measured duration set to zero: the only field two runs may differ in.
  private func withoutDurations(_ json: String) throws -> String {
    let value = try JSONSerialization.jsonObject(with: Data(json.utf8))
    func zeroed(_ value: Any) -> Any {
      if let object = value as? [String: Any] {
        return object.reduce(into: [String: Any]()) { result, entry in
          result[entry.key] = entry.key == "duration" ? 0 : zeroed(entry.value)
        }
      }
      if let array = value as? [Any] { return array.map(zeroed) }
      return value
    }
    let data = try JSONSerialization.data(
      withJSONObject: zeroed(value), options: [.sortedKeys, .prettyPrinted])
    return String(decoding: data, as: UTF8.self)
  }

  func testTheCourseOnFourJobsPrintsExactlyWhatASerialRunPrints() throws {
    let paths = try lessons
    for name in ["run", "check"] {
      let serial = command(name, paths, .text, jobs: 1)
      let parallel = command(name, paths, .text, jobs: 4)
      XCTAssertEqual(serial.code, 0, "\(name): \(serial.err)")
      XCTAssertEqual(parallel.code, serial.code, name)
      XCTAssertEqual(parallel.out, serial.out, "\(name) --jobs 4 printed something else than --jobs 1")
      XCTAssertEqual(parallel.err, serial.err, name)
      XCTAssertGreaterThan(serial.out.count, name == "run" ? 10_000 : 20, name)
    }
  }

  func testTheCourseOnFourJobsGivesTheSerialJSON() throws {
    let paths = try lessons
    let serial = command("check", paths, .json, jobs: 1)
    let parallel = command("check", paths, .json, jobs: 4)
    XCTAssertEqual(parallel.code, serial.code)
    XCTAssertEqual(try withoutDurations(parallel.out), try withoutDurations(serial.out))
    for path in paths {
      let name = URL(fileURLWithPath: path).lastPathComponent
      XCTAssertTrue(serial.out.contains(name), "the report covers \(name)")
    }
  }

  /// Lessons whose seeded random draws and grad-mode switches would collide if sessions shared engine state.
  func testSessionsOnParallelJobsKeepTheirOwnSeedAndGradMode() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradbook-parallel-\(UUID())")
      .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // The draws are real PyTorch 2.15's for seeds 0 and 1. Seed `n` draws its numbers after a pause long enough for the other lessons to reseed; one lesson turns grad
    // mode off and expects the others not to notice.
    let expectedDraws = ["0": "tensor([ 1.5410, -0.2934, -2.1788])", "1": "tensor([0.6614, 0.2669, 0.0617])"]
    var paths: [String] = []
    for index in 0..<8 {
      let seed = String(index % 2)
      let lesson = """
        # Lesson \(index)

        ```python
        import torch
        torch.manual_seed(\(seed))
        total = 0
        for i in range(20000):
            total += i
        \(index == 3 ? "torch.set_grad_enabled(False)" : "pass")
        print(torch.randn(3))
        print(torch.is_grad_enabled())
        ```

        ```output
        \(expectedDraws[seed] ?? "")
        \(index == 3 ? "False" : "True")
        ```

        """
      let path = folder + "/lesson-\(index).md"
      try lesson.write(toFile: path, atomically: true, encoding: .utf8)
      paths.append(path)
    }
    let parallel = command("check", paths, .text, jobs: 4)
    XCTAssertEqual(parallel.code, 0, parallel.out + parallel.err)
    XCTAssertEqual(parallel.out, command("check", paths, .text, jobs: 1).out)
  }
}
