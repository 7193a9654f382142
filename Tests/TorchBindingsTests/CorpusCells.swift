import Foundation
import TestSupport

/// The conformance corpus (`shared/conformance/cases.json`), read if present.
struct CorpusCells {
  struct Cell {
    var code: String
    var output: String
    var warnings: [String]
    var error: String?
  }

  struct Session {
    var name: String
    var cells: [Cell]
  }

  /// All sessions, or nil when the shared folder is absent.
  static func load() -> [Session]? {
    let path = RepositoryPaths.shared + "/conformance/cases.json"
    guard let data = FileManager.default.contents(atPath: path),
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let sessions = root["sessions"] as? [[String: Any]]
    else { return nil }
    return sessions.map { session in
      let cells = (session["cells"] as? [[String: Any]] ?? []).map { cell in
        Cell(
          code: cell["code"] as? String ?? "",
          output: cell["output"] as? String ?? "",
          warnings: cell["warnings"] as? [String] ?? [],
          error: cell["error"] as? String)
      }
      return Session(name: session["name"] as? String ?? "", cells: cells)
    }
  }
}
