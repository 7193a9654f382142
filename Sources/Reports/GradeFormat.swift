/// The `--format` of `gradbook grade`.
public enum GradeFormat: String, CaseIterable, Sendable {
  case text, json, junit, csv, gradescope
}
