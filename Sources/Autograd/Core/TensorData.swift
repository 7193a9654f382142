/// Nested Python data for `torch.tensor(...)` and the result of `tolist()`.
public indirect enum TensorData: Equatable, Sendable {
  case bool(Bool)
  case int(Int64)
  case float(Double)
  case list([TensorData])
}
