/// How native work is charged to the cell's step budget, one rule per family of operations (docs/budgets.md).
///
/// Work is charged by what an operation *reads*: the characters of the strings it searches, compares, hashes or
/// writes, the elements of the containers it walks. Sixteen units of work cost one evaluation step, and the
/// remainder carries over to the next charge, so many small reads add up exactly as one big read does.
extension Evaluator {
  /// Units of native work (characters, container elements) that cost one evaluation step.
  static let workUnitsPerStep = 16

  /// Work units one character of a repr costs: building text is slower per character than reading it (a repr of
  /// 160M characters takes 8 s in a release build, a comparison of 160M elements 4 s).
  static let unitsPerReprCharacter = 4

  /// Charges `size` units of native work (characters or elements read).
  @inline(__always)
  func chargeWork(_ size: Int) throws {
    let (sum, overflow) = workCarry.addingReportingOverflow(max(size, 0))
    workCarry = overflow ? Int.max : sum
    if workCarry >= 64 * Self.workUnitsPerStep { try settleWork() }
  }

  /// Turns the carried work into steps, keeping the part smaller than one step.
  func settleWork() throws {
    let charged = workCarry / Self.workUnitsPerStep
    workCarry -= charged * Self.workUnitsPerStep
    try chargeSteps(charged)
  }

  /// Charges a linear-time method: every element of the receiver (`receiverSize`) and every character of its
  /// string arguments is read (a needle as long as the text costs as much as the text).
  func chargeMethodWork(_ receiverSize: Int, _ arguments: Arguments) throws {
    var size = receiverSize
    for argument in arguments.positional {
      if case .string(let part) = argument { size += part.utf8.count }
    }
    try chargeWork(size)
  }

  /// Charges hashing `key`: a string hashes every character, a tuple every element (recursively).
  func chargeHashing(_ key: Value) throws {
    switch key {
    case .string(let text): try chargeWork(text.utf8.count)
    case .tuple(let elements):
      try chargeWork(elements.count)
      for element in elements {
        switch element {
        case .string, .tuple: try chargeHashing(element)
        default: continue
        }
      }
    default: return
    }
  }

  /// Charges hashing every one of `keys` (the elements of a new set), and returns them.
  func chargeHashing(each keys: [Value]) throws -> [Value] {
    for key in keys { try chargeHashing(key) }
    return keys
  }

  /// The most characters a repr may build before the step budget that remains could not pay for it.
  var affordableCharacters: Int {
    let remaining = max(limits.steps - steps, 0)
    let (units, overflow) = remaining.multipliedReportingOverflow(by: Self.workUnitsPerStep)
    return overflow ? Int.max : units / Self.unitsPerReprCharacter + Self.workUnitsPerStep
  }

  /// `repr(value)` charged by the characters it writes; stops as soon as the text could not be paid for.
  func meteredRepr(_ value: Value) throws -> String {
    try chargeRenderedText { try ValueFormatter.reprThrowing(value, characterLimit: $0) }
  }

  /// `str(value)` charged as ``meteredRepr(_:)``.
  func meteredStr(_ value: Value) throws -> String {
    try chargeRenderedText { try ValueFormatter.strThrowing(value, characterLimit: $0) }
  }

  private func chargeRenderedText(_ render: (Int) throws -> String) throws -> String {
    do {
      let text = try render(affordableCharacters)
      let (units, overflow) = text.utf8.count.multipliedReportingOverflow(by: Self.unitsPerReprCharacter)
      try chargeWork(overflow ? Int.max : units)
      return text
    } catch is ValueFormatter.CharacterLimitReached {
      try chargeSteps(Int.max)
      return ""
    }
  }
}
