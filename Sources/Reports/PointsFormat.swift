import Workbook

/// Points as people write them: `2`, `1.5`, `0.333333` (six decimal places at most; two in tables).
enum PointsFormat {
  static func text(_ points: Double, decimals: Int = 6) -> String {
    guard points.isFinite else { return "0" }
    let scale = decimals == 6 ? 1e6 : 100
    let value = (points * scale).rounded() / scale
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// Rounded as every report shows it.
  static func value(_ points: Double) -> Double { ExerciseScoring.rounded(points) }

  /// `score / maxScore` as a percentage with at most two decimals (`100`, `66.67`); 0 when nothing could be earned.
  static func percent(_ score: Double, of maxScore: Double) -> String {
    guard maxScore > 0 else { return "0" }
    return text((score / maxScore * 10_000).rounded() / 100)
  }
}
