import Foundation

/// A learner's history in one course, as kept in `.gradbook/progress.json`.
///
/// Exercises are keyed `LESSON#NAME` (the lesson's path below the course root, the exercise's id or position).
/// Those no longer in the course (after an update) move to `retired`, kept apart rather than dropped, and come back if
/// the exercise returns.
public struct Progress: Codable, Equatable, Sendable {
  /// The format this gradbook writes. A file with a newer version is left untouched.
  public static let currentVersion = 1

  public var version: Int
  public var exercises: [String: ExerciseHistory]
  public var retired: [String: ExerciseHistory]

  public init(exercises: [String: ExerciseHistory] = [:], retired: [String: ExerciseHistory] = [:]) {
    version = Self.currentVersion
    self.exercises = exercises
    self.retired = retired
  }

  private enum CodingKeys: String, CodingKey {
    case version, exercises, retired
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    version = try container.decode(Int.self, forKey: .version)
    exercises = try container.decodeIfPresent([String: ExerciseHistory].self, forKey: .exercises) ?? [:]
    retired = try container.decodeIfPresent([String: ExerciseHistory].self, forKey: .retired) ?? [:]
  }

  /// The history of `key`, empty when there is none yet.
  public func history(_ key: String) -> ExerciseHistory {
    exercises[key] ?? ExerciseHistory()
  }

  /// Moves histories of exercises not in `current` to `retired`, and back when they return.
  public mutating func reconcile(current keys: Set<String>) {
    for (key, history) in exercises where !keys.contains(key) {
      retired[key] = history
      exercises[key] = nil
    }
    for (key, history) in retired where keys.contains(key) {
      exercises[key] = history
      retired[key] = nil
    }
  }
}

extension Progress {
  /// Brings the history up to date with `status`: every exercise gets an entry naming its starter, a first pass is
  /// stamped with `now`, a starter changed by a course update is taken as the new one once the exercise passes or is
  /// untouched, and histories of exercises gone from the course are set apart.
  public mutating func record(_ status: CourseStatus, starters: [String: String], now: Date) {
    for outcome in status.exercises {
      var history = exercises[outcome.key] ?? ExerciseHistory()
      let fingerprint = starters[outcome.key].map(StarterFingerprint.of)
      if history.starter == nil || outcome.state != .failed {
        history.starter = fingerprint ?? history.starter
      }
      if outcome.state == .passed, history.firstPassed == nil {
        history.firstPassed = Self.timestamp(now)
      }
      exercises[outcome.key] = history
    }
    // Exercises of a lesson that does not parse right now are not gone: their histories stay where they are.
    let unreadable = Set(
      exercises.keys.filter { key in status.course.rejectedPaths.contains(Self.lessonPath(of: key)) })
    reconcile(current: Set(status.exercises.map(\.key)).union(unreadable))
  }

  /// The lesson part of a key (`02-backward-scalar.md` of `02-backward-scalar.md#by-hand`).
  public static func lessonPath(of key: String) -> String {
    key.lastIndex(of: "#").map { String(key[..<$0]) } ?? key
  }

  /// `2026-11-29T13:05:00Z`.
  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
