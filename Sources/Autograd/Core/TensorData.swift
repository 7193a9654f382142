import NumberFormat

/// Nested Python data for `torch.tensor(...)` and the result of `tolist()`.
public indirect enum TensorData: Equatable, Sendable {
  case bool(Bool)
  case int(Int64)
  case float(Double)
  case list([TensorData])

  /// Python's repr of the data: `[[0.0, 1.0], [2.0, 3.0]]`, `2.5`, `True`.
  public var pythonRepr: String {
    switch self {
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let f): return PythonFloatFormat.repr(f)
    case .list(let items): return "[" + items.map { $0.pythonRepr }.joined(separator: ", ") + "]"
    }
  }
}
