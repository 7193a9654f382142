/// A linear op that averages windows of the input (`output[i] = sum(input[window_i]) / divisor_i`):
/// average pooling. Its adjoint spreads `grad / divisor` over each window; each records the other as its
/// backward, so gradients of any order flow.
struct WindowAverage {
  /// For each output element (row-major), the row-major input elements it sums and its divisor.
  let windows: [(sources: [Int], divisor: Int)]
  let inputShape: [Int]
  let outputShape: [Int]
  let name: String
  let adjointName: String
  /// Adaptive pooling divides by the window height and then by its width (two roundings), as PyTorch does.
  let divisorFactors: [(Int, Int)]?

  func average(_ input: Tensor) throws -> Tensor {
    let values = try input.floatValues()
    var out = [Double](repeating: 0, count: windows.count)
    for (index, window) in windows.enumerated() {
      if input.dtype == .float32 {
        var sum: Float = 0
        for source in window.sources { sum += Float(values[source]) }
        if let factors = divisorFactors?[index] {
          out[index] = Double(sum / Float(factors.0) / Float(factors.1))
        } else {
          out[index] = window.sources.isEmpty ? 0 : Double(sum / Float(window.divisor))
        }
      } else if input.dtype.isFloatingPoint {
        let sum = window.sources.reduce(0.0) { $0 + values[$1] }
        if let factors = divisorFactors?[index] {
          out[index] = sum / Double(factors.0) / Double(factors.1)
        } else {
          out[index] = window.sources.isEmpty ? 0 : sum / Double(window.divisor)
        }
      } else {
        let sum = window.sources.reduce(Int64(0)) { $0 &+ Scalar.truncatingToInt64(values[$1]) }
        out[index] = window.sources.isEmpty || window.divisor == 0 ? 0 : Double(sum / Int64(window.divisor))
      }
    }
    let output = Tensor(shape: outputShape, dtype: input.dtype, floats: out)
    try Tensor.record(name, inputs: [input], outputs: [output]) { grads, _ in
      [try grads[0].map { try self.spread($0) }]
    }
    return output
  }

  func spread(_ grad: Tensor) throws -> Tensor {
    let values = try grad.floatValues()
    let single = grad.dtype == .float32
    var sums = [Double](repeating: 0, count: Shape.count(inputShape))
    var singles = [Float](repeating: 0, count: single ? sums.count : 0)
    for (index, window) in windows.enumerated() {
      // Adaptive pooling's backward divides by the window height and then by its width, each rounded
      // in the gradient's precision, as PyTorch's kernel does.
      let share: Double
      if let (height, width) = divisorFactors?[index] {
        share =
          single
          ? Double(Float(values[index]) / Float(height) / Float(width))
          : values[index] / Double(height) / Double(width)
      } else {
        share = values[index] / Double(window.divisor)
      }
      for source in window.sources {
        if single { singles[source] += Float(share) } else { sums[source] += share }
      }
    }
    if single { sums = singles.map { Double($0) } }
    let output = Tensor(shape: inputShape, dtype: grad.dtype, floats: sums)
    try Tensor.record(adjointName, inputs: [grad], outputs: [output]) { grads, _ in
      [try grads[0].map { try self.average($0) }]
    }
    return output
  }
}
