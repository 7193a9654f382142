import PythonRuntime

/// The Python exceptions torch.nn, torch.optim and torch.utils.data raise, built in one place.
enum NNError {
  static func runtime(_ message: String) -> PythonError {
    PythonError(.runtimeError, message)
  }
  static func type(_ message: String) -> PythonError { PythonError.typeError(message) }
  static func value(_ message: String) -> PythonError { PythonError.valueError(message) }
  static func key(_ message: String) -> PythonError { PythonError(.keyError, message) }
  static func index(_ message: String) -> PythonError { PythonError.indexError(message) }
  static func attribute(_ message: String) -> PythonError { PythonError.attributeError(message) }
  static func notImplemented(_ message: String) -> PythonError {
    PythonError(.notImplementedError, message)
  }
}
