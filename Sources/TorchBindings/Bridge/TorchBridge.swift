import Autograd
import PythonRuntime

/// Connects engine calls to the running cell: budget, warning sink and PyTorch's exception types.
enum TorchBridge {
  /// Tensor elements produced (or matrix-product multiply-adds done) per evaluation step charged to the cell.
  static let elementsPerStep = 256

  /// Runs engine work for a cell: charges steps for the elements of a tensor result, holds the session's live
  /// tensors to its memory budget, and turns ``AutogradError`` into the matching Python exception.
  static func run<T>(_ context: NativeContext, _ body: () throws -> T) throws -> T {
    do {
      let result = try body()
      if let value = result as? Value, let tensor = TorchValues.tensor(value) {
        // Large tensor work costs evaluation steps, so a loop of huge ops meets the step budget. Views
        // (an expand of any size) cost what their storage holds.
        try context.chargeSteps(Swift.min(tensor.count, tensor.storageCount) / elementsPerStep)
      }
      // After the op: a result past the budget is dropped with the error, which gives its bytes back.
      try context.memory.check()
      return result
    } catch let error as AutogradError {
      throw PythonError(pythonKind(error.kind), error.message)
    } catch let error as TorchValues.IntListElementError {
      throw PythonError.typeError(
        "expected a sequence of integers, but found element of type \(error.typeName) at pos \(error.position)"
      )
    }
  }

  /// The Python exception class for an engine error class (the one place the two are mapped).
  static func pythonKind(_ kind: AutogradError.Kind) -> PythonError.Kind {
    switch kind {
    case .runtimeError: return .runtimeError
    case .indexError: return .indexError
    case .valueError: return .valueError
    case .typeError: return .typeError
    case .notImplementedError: return .notImplementedError
    }
  }

  /// Splits an engine warning line (`UserWarning: text (Triggered internally at …)`) into the
  /// category and the message Python shows.
  static func forwardWarning(_ line: String, to context: NativeContext) {
    var category = "UserWarning"
    var message = line
    if let colon = line.range(of: ": "), !line[..<colon.lowerBound].contains(" "),
      line[..<colon.lowerBound].hasSuffix("Warning")
    {
      category = String(line[..<colon.lowerBound])
      message = String(line[colon.upperBound...])
    }
    if let tail = message.range(of: " (Triggered internally at ", options: .backwards), message.hasSuffix(")")
    {
      message = String(message[..<tail.lowerBound])
    }
    context.warn(category, message)
  }
}
