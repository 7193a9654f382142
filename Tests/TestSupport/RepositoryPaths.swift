import Foundation

/// Paths inside the repository: its root and the test data every test target reads (`Tests/Fixtures`).
public enum RepositoryPaths {
  /// The package root, found from this source file's path.
  public static var root: String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }

  /// `Tests/Fixtures`: copies of PyTorch-produced data (see its README), refreshed by
  /// `scripts/refresh-test-data.sh`.
  public static var fixtures: String { root + "/Tests/Fixtures" }

  /// The path of `relative` inside `Tests/Fixtures`; throws a `FixtureError` naming it when it is missing.
  public static func fixture(_ relative: String) throws -> String {
    let path = fixtures + "/" + relative
    guard FileManager.default.fileExists(atPath: path) else {
      throw FixtureError("test data missing: \(path); restore it from git or scripts/refresh-test-data.sh")
    }
    return path
  }
}
