/// The language a lesson is written in, which picks the words Gradbook adds around it when a learner reads it.
public enum LessonLanguage: String, Equatable, Hashable, Sendable, CaseIterable {
  case english = "en"
  case korean = "ko"

  /// The language of `text`: Korean when it holds Hangul (syllables or jamo), English otherwise.
  public static func detect(in text: String) -> LessonLanguage {
    let hasHangul = text.unicodeScalars.contains {
      (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value)
        || (0x3130...0x318F).contains($0.value)
    }
    return hasHangul ? .korean : .english
  }

  /// The one language all `languages` share, or English when they differ or there are none.
  public static func common(_ languages: [LessonLanguage]) -> LessonLanguage {
    guard let first = languages.first, languages.allSatisfy({ $0 == first }) else { return .english }
    return first
  }
}
