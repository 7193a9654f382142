/// The `--format` option.
public enum OutputFormat: String, CaseIterable, Sendable {
  case text, json, html, junit
}
