import Foundation

/// The PyTorch conformance corpus (`Tests/Fixtures/conformance/cases.json`): sessions of cells, each with
/// what real PyTorch printed, warned and raised when the cells ran in order in one process.
public struct ConformanceCorpus: Codable, Sendable {
  /// One cell and PyTorch's result for it.
  public struct Cell: Codable, Sendable {
    public var code: String
    public var output: String
    public var warnings: [String]
    /// `ExcType: message`, or nil when the cell raised nothing.
    public var error: String?
    /// The heading above the cell in the session's `.md` file, if any.
    public var title: String?
  }

  /// One session: the cells of one `.md` file, run in order in one process.
  public struct Session: Codable, Sendable {
    public var name: String
    public var cells: [Cell]
  }

  public var torchVersion: String
  public var sessions: [Session]

  /// Which PyTorch-produced corpus: the core one (`conformance/`) or torch.nn's (`conformance-nn/`).
  public enum Name: String, Sendable {
    case core = "conformance"
    case nn = "conformance-nn"
  }

  /// The folder holding the core corpus: `cases.json` and one `.md` lesson per session.
  public static var folder: String { folder(.core) }

  /// The folder holding corpus `name`.
  public static func folder(_ name: Name) -> String { RepositoryPaths.fixtures + "/" + name.rawValue }

  /// The corpus `name`, decoded once; throws a `FixtureError` when the file is missing or malformed.
  public static func load(_ name: Name = .core) throws -> ConformanceCorpus {
    switch name {
    case .core: return try decodedCore.get()
    case .nn: return try decodedNN.get()
    }
  }

  private static let decodedCore = decode(.core)
  private static let decodedNN = decode(.nn)

  private static func decode(_ name: Name) -> Result<ConformanceCorpus, FixtureError> {
    do {
      let path = try RepositoryPaths.fixture(name.rawValue + "/cases.json")
      return .success(try decodeFixture(ConformanceCorpus.self, at: path))
    } catch let error as FixtureError {
      return .failure(error)
    } catch {
      return .failure(FixtureError("\(error)"))
    }
  }

  /// The session called `name`; throws when the corpus has none.
  public func session(_ name: String) throws -> Session {
    guard let session = sessions.first(where: { $0.name == name }) else {
      throw FixtureError("no session \(name) in the conformance corpus")
    }
    return session
  }

  /// All cells of all sessions, in order.
  public var cellCount: Int { sessions.reduce(0) { $0 + $1.cells.count } }
}

/// Decodes a fixture's JSON with snake_case keys mapped to camelCase; errors name the file.
func decodeFixture<T: Decodable>(_ type: T.Type, at path: String) throws -> T {
  let decoder = JSONDecoder()
  decoder.keyDecodingStrategy = .convertFromSnakeCase
  do {
    return try decoder.decode(type, from: Data(contentsOf: URL(fileURLWithPath: path)))
  } catch {
    throw FixtureError("\(path): cannot decode \(T.self): \(error)")
  }
}
