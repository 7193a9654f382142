/// The `--format` of the learner's commands.
public enum StudyFormat: String, CaseIterable, Sendable {
  case text, json
}
