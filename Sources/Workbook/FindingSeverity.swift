/// How serious a finding is.
public enum FindingSeverity: String, Equatable, Sendable, Codable {
  case warning
  case note
}
