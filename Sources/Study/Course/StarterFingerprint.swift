import Workbook

/// The fingerprint of starter code (SHA-256 of its text without trailing blanks): what progress keeps to notice that
/// a course update changed an exercise's starter.
enum StarterFingerprint {
  static func of(_ code: String) -> String {
    "sha256:" + SHA256.hex(Array(ExerciseJudge.normalized(code).utf8))
  }
}
