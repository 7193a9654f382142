import PythonRuntime

/// A python code cell of a lesson with the expectations that follow it.
public struct Cell: Equatable, Sendable {
  /// The `id=` attribute, unique in the lesson.
  public var id: String?
  /// The cell's source (ends with a newline unless empty).
  public var code: String
  public var kind: CellKind
  /// `skip`: shown but never run.
  public var isSkipped: Bool
  /// `points=` of an exercise or a check.
  public var points: Int?
  /// `python check hidden`: a check that is never released and runs only when grading (and in `check` of the source).
  public var isHidden: Bool
  /// For an exercise: whether a `python solution` follows it. One without a solution (a learner's copy) runs its own
  /// code where the solution would run.
  public var hasSolution: Bool
  /// For a solution or check: the index (in `Lesson.cells`) of its exercise.
  public var exerciseIndex: Int?
  /// Where the opening fence is.
  public var location: SourceLocation
  /// The file line of the cell's first code line.
  public var codeStartLine: Int
  public var expectations: [Expectation]
  /// `hint` fences that belong to this exercise.
  public var hints: [String]
  /// The cell's fence in the source bytes.
  public var fence: FencedBlock?
  /// For a check: its top-level asserts, when already found (grading reads them once per source lesson, not once
  /// per submission); nil when not looked for yet.
  public var knownAsserts: [TopLevelAssert]?

  public init(
    id: String? = nil, code: String, kind: CellKind = .code, isSkipped: Bool = false, points: Int? = nil,
    isHidden: Bool = false, hasSolution: Bool = false, exerciseIndex: Int? = nil, location: SourceLocation,
    codeStartLine: Int? = nil,
    expectations: [Expectation] = [],
    hints: [String] = [], fence: FencedBlock? = nil
  ) {
    self.id = id
    self.code = code
    self.kind = kind
    self.isSkipped = isSkipped
    self.points = points
    self.isHidden = isHidden
    self.hasSolution = hasSolution
    self.exerciseIndex = exerciseIndex
    self.location = location
    self.codeStartLine = codeStartLine ?? location.line + 1
    self.expectations = expectations
    self.hints = hints
    self.fence = fence
  }

  /// The check's top-level asserts (nil when its code is not valid Python): `knownAsserts`, else read now.
  public var topLevelAsserts: [TopLevelAssert]? {
    knownAsserts ?? AssertOutline.asserts(in: code)
  }

  /// Whether `check` runs this cell: not skipped, and not an exercise whose solution runs in its place.
  public var isRunnable: Bool { !isSkipped && !(kind == .exercise && hasSolution) }

  /// Whether this cell is the code of exercise `index`: its solution, or the exercise itself when it has none.
  public func isCode(ofExercise index: Int) -> Bool {
    kind == .solution ? exerciseIndex == index : kind == .exercise && !hasSolution && exerciseIndex == index
  }

  /// The first expectation of `kind`, if any.
  public func expectation(_ kind: ExpectationKind) -> Expectation? {
    expectations.first { $0.kind == kind }
  }
}
