/// What running one cell produced: printed text, warnings, and the error that stopped it.
public struct CellResult: Equatable, Sendable {
  /// Everything the cell printed, then the repr of its last expression's value (if not None) and a newline.
  public var output: String
  /// Warnings in the order raised, each as `UserWarning: message`.
  public var warnings: [String]
  /// The error that stopped the cell, if any.
  public var error: CellError?

  public init(output: String = "", warnings: [String] = [], error: CellError? = nil) {
    self.output = output
    self.warnings = warnings
    self.error = error
  }
}

/// A Python exception that ended a cell, with where it happened in the lesson file.
public struct CellError: Error, Equatable, Sendable {
  /// The exception type: `RuntimeError`, `NameError`, `SyntaxError`, …
  public var typeName: String
  /// The message, as Python prints it after `TypeName: `.
  public var message: String
  /// 1-based line in the lesson file (the cell's first line plus the offset inside the cell).
  public var line: Int
  /// 1-based column in the lesson file.
  public var column: Int

  public init(typeName: String, message: String, line: Int, column: Int) {
    self.typeName = typeName
    self.message = message
    self.line = line
    self.column = column
  }

  /// `TypeName: message`, as Python's last traceback line (just `TypeName` when there is no message).
  public var text: String { message.isEmpty ? typeName : "\(typeName): \(message)" }
}
