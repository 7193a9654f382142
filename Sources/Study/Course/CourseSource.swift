import Foundation
import Workbook

/// Where a learner's copy came from, kept in `.gradbook/course.json` when `gradbook study` made the copy from an
/// instructor's course, so that an updated course can reach the copy.
public struct CourseSource: Codable, Equatable, Sendable {
  /// The instructor's course folder (absolute).
  public var source: String

  public init(source: String) {
    self.source = source
  }

  static func path(root: String) -> String { root + "/" + CourseRoot.folderName + "/course.json" }

  /// The record of the course at `root`; nil when there is none or it cannot be read.
  public static func load(root: String) -> CourseSource? {
    guard let data = FileManager.default.contents(atPath: path(root: root)) else { return nil }
    return try? JSONDecoder().decode(CourseSource.self, from: data)
  }

  public func save(root: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try AtomicFile.write([UInt8](try encoder.encode(self)) + [UInt8(ascii: "\n")], to: Self.path(root: root))
  }
}
