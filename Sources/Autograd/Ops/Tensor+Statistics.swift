import Foundation
import NumberFormat

/// Statistics over dims: `var`, `std`, `norm`, `logsumexp`, `amax` and `amin`, with PyTorch's backward
/// formulas (including their choices at zero norms, zero deviations and ties).
extension Tensor {
  /// The rows to reduce (reduced dims last, values in this tensor's precision) and the result shape.
  func statisticRows(_ dims: [Int]?, keepdim: Bool) throws -> (
    rows: [ArraySlice<Double>], reduced: [Int], shape: [Int]
  ) {
    let reduced = try normalizedDims(dims ?? [])
    let layout = try reductionLayout(reduced, keepdim: keepdim)
    let length = layout.length
    let rows = (0..<layout.rows).map { row in
      layout.values[(row * length)..<((row + 1) * length)]
    }
    return (rows, reduced, layout.shape)
  }

  /// `t.var(dim, correction=, keepdim=)` (`VarBackward0`); `dims` nil reduces everything.
  public func variance(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws -> Tensor {
    try varianceOrStd(dims: dims, correction: correction, keepdim: keepdim, takeRoot: false)
  }

  /// `t.std(dim, correction=, keepdim=)` (`StdBackward0`); `dims` nil reduces everything.
  public func std(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws -> Tensor {
    try varianceOrStd(dims: dims, correction: correction, keepdim: keepdim, takeRoot: true)
  }

  /// Both reductions: two passes in double (mean, then squared deviations), divided by `max(0, n − correction)`,
  /// with PyTorch's warning when that is not positive.
  private func varianceOrStd(dims: [Int]?, correction: Double, keepdim: Bool, takeRoot: Bool) throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw AutogradError(.notImplementedError, "std and var only support floating point and complex dtypes")
    }
    let (rows, reduced, outShape) = try statisticRows(dims, keepdim: keepdim)
    let n = rows.first?.count ?? Shape.count(reduced.map { shape[$0] })
    let dof = Double(n) - correction
    if dof <= 0 {
      AutogradContext.current.warn(
        "UserWarning: \(takeRoot ? "std" : "var")(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel)."
      )
    }
    let results = rows.map { row -> Double in
      let mean = row.reduce(0, +) / Double(row.count)
      let squares = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
      let variance = squares / Swift.max(0, dof)
      return takeRoot ? variance.squareRoot() : variance
    }
    let output = Tensor(shape: outShape, dtype: dtype, floats: results)
    let wholeTensor = dims == nil || rank == 0
    try Tensor.record(
      takeRoot ? "StdBackward0" : "VarBackward0", inputs: [self], outputs: [output], saving: [self, output]
    ) { grads, saved in
      guard var grad = grads[0] else { return [nil] }
      let input = saved[0]
      if takeRoot {
        // d std = d var / (2 std), with zero where the std is zero.
        let result = saved[1]
        grad = try grad.div(.tensor(result.mul(.int(2)))).maskedFill(result.eq(.int(0)), .int(0))
      }
      return [
        try Tensor.varianceBackward(
          grad, input: input, reduced: reduced, dof: dof, keepdim: keepdim, wholeTensor: wholeTensor)
      ]
    }
    return output
  }

  /// `2 / (n − correction) · grad · (x − mean)`; over the whole tensor with no degrees of freedom PyTorch
  /// gives NaN where x equals the mean and infinity elsewhere.
  static func varianceBackward(
    _ grad: Tensor, input: Tensor, reduced: [Int], dof: Double, keepdim: Bool, wholeTensor: Bool
  ) throws -> Tensor {
    if wholeTensor {
      let deviation = try input.sub(.tensor(input.mean()))
      if dof <= 0 {
        let atMean = try input.eq(.tensor(input.mean()))
        let factor = try Tensor.whereSelect(atMean, .float(.nan), .float(.infinity)).to(grad.dtype)
        return try grad.mul(.tensor(factor))
      }
      return try grad.mul(.float(2 / dof)).mul(.tensor(deviation))
    }
    let spread = try unsqueezeReduced(grad, dims: reduced, keepdim: keepdim)
    let deviation = try input.sub(.tensor(input.mean(dims: reduced, keepdim: true)))
    return try spread.mul(.float(2 / dof)).mul(.tensor(deviation))
  }

  /// `t.norm(p, dim, keepdim)` / `torch.linalg.vector_norm` (`LinalgVectorNormBackward0`): p = 2 by default;
  /// 1, ±inf, 0 and other orders as PyTorch defines them ('fro' is p = 2).
  public func norm(p: Double = 2, dims: [Int]? = nil, keepdim: Bool = false) throws -> Tensor {
    guard dtype.isFloatingPoint else {
      throw AutogradError(
        .notImplementedError,
        "linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)"
      )
    }
    let (rows, reduced, outShape) = try statisticRows(dims, keepdim: keepdim)
    if p < 0 || p.isInfinite, rows.contains(where: { $0.isEmpty }) {
      // The order is printed as C++ prints a double (`inf`, `-1`, `-1.5`).
      let order = PythonFloatFormat.general(p)
      if dims != nil, let empty = reduced.first(where: { shape[$0] == 0 }) {
        throw AutogradError.runtime(
          "linalg.vector_norm cannot compute the \(order) norm on the dimension \(empty)because this dimension is empty and the operation does not have an identity"
        )
      }
      throw AutogradError.runtime(
        "linalg.vector_norm cannot compute the \(order) norm on an empty tensor because the operation does not have an identity"
      )
    }
    let results = rows.map { Tensor.vectorNorm($0, p: p) }
    let output = Tensor(shape: outShape, dtype: dtype, floats: results)
    try Tensor.record("LinalgVectorNormBackward0", inputs: [self], outputs: [output], saving: [self, output]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil] }
      return [try Tensor.normBackward(grad, input: saved[0], norm: saved[1], p: p, reduced: reduced, keepdim: keepdim)]
    }
    return output
  }

  /// One vector norm in double.
  static func vectorNorm(_ row: ArraySlice<Double>, p: Double) -> Double {
    if row.contains(where: { $0.isNaN }) { return .nan }
    switch p {
    case 0: return Double(row.filter { $0 != 0 }.count)
    case .infinity: return row.reduce(0) { Swift.max($0, Swift.abs($1)) }
    case -.infinity: return row.reduce(.infinity) { Swift.min($0, Swift.abs($1)) }
    case 1: return row.reduce(0) { $0 + Swift.abs($1) }
    case 2: return row.reduce(0) { $0 + $1 * $1 }.squareRoot()
    default: return Foundation.pow(row.reduce(0) { $0 + Foundation.pow(Swift.abs($1), p) }, 1 / p)
    }
  }

  /// PyTorch's `norm_backward`, order by order (zero norms give zero gradients; ±inf splits the gradient
  /// evenly among the elements of largest, or smallest, magnitude).
  static func normBackward(
    _ grad: Tensor, input: Tensor, norm: Tensor, p: Double, reduced: [Int], keepdim: Bool
  ) throws -> Tensor? {
    let grad = try unsqueezeReduced(grad, dims: reduced, keepdim: keepdim || input.rank == 0)
    let norm = try unsqueezeReduced(norm, dims: reduced, keepdim: keepdim || input.rank == 0)
    let normIsZero = try norm.eq(.int(0))
    switch p {
    case 0:
      return nil
    case 1:
      return try input.sign().mul(.tensor(grad))
    case 2:
      return try grad.mul(.tensor(input.div(.tensor(norm)).maskedFill(normIsZero, .int(0))))
    case _ where p.isInfinite:
      let magnitude = try input.abs()
      let mask = try magnitude.eq(.tensor(norm)).logicalOr(magnitude.isnan())
      let count = try mask.sum(dims: reduced, keepdim: true)
      return try input.sign().mul(.tensor(grad.div(.tensor(count)).mul(.tensor(mask))))
    case _ where p < 1:
      let scaled = try input.sign().mul(
        .tensor(input.abs().pow(.float(p - 1)).maskedFill(input.eq(.int(0)), .int(0))))
      return try scaled.mul(.tensor(grad)).mul(.tensor(norm.pow(.float(1 - p))))
    case _ where p < 2:
      let scaled = try input.sign().mul(.tensor(input.abs().pow(.float(p - 1))))
      let scale = try grad.div(.tensor(norm.pow(.float(p - 1)))).maskedFill(normIsZero, .int(0))
      return try scaled.mul(.tensor(scale))
    default:
      let scaled = try input.mul(.tensor(input.abs().pow(.float(p - 2))))
      let scale = try grad.div(.tensor(norm.pow(.float(p - 1)))).maskedFill(normIsZero, .int(0))
      return try scaled.mul(.tensor(scale))
    }
  }

  /// `t.logsumexp(dim, keepdim)` (`LogsumexpBackward0`): `log(sum(exp(x − m))) + m` with `m` the maximum
  /// (0 where it is infinite), computed in the tensor's own arithmetic as PyTorch does.
  public func logsumexp(dims: [Int], keepdim: Bool = false) throws -> Tensor {
    let reduced = try normalizedDims(dims)
    let output = try AutogradContext.current.withMode(.noGrad) { () -> Tensor in
      let input = dtype.isFloatingPoint ? self : try to(DType.defaultFloat)
      // An empty reduction sums no exponentials: log(0) = -inf, with no maximum to shift by.
      let isEmpty = reduced.contains { shape[$0] == 0 }
      var maxima =
        isEmpty
        ? try Tensor.zeros(reducedShape(reduced, keepdim: true), dtype: input.dtype)
        : try input.amax(dims: reduced, keepdim: true)
      maxima = try maxima.maskedFill(maxima.abs().eq(.float(.infinity)), .int(0))
      let shifted = try input.sub(.tensor(maxima)).exp().sum(dims: reduced, keepdim: keepdim).log()
      let offsets = keepdim ? maxima : try maxima.reshape(reducedShape(reduced, keepdim: false))
      return try shifted.add(.tensor(offsets)).detach()
    }
    try Tensor.record("LogsumexpBackward0", inputs: [self], outputs: [output], saving: [self, output]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil] }
      let spread = try Tensor.unsqueezeReduced(grad, dims: reduced, keepdim: keepdim)
      let result = try Tensor.unsqueezeReduced(saved[1], dims: reduced, keepdim: keepdim)
      return [try spread.mul(.tensor(saved[0].sub(.tensor(result)).exp()))]
    }
    return output
  }

  /// `t.amax(dim, keepdim)` (`AmaxBackward0`): ties share the gradient evenly.
  public func amax(dims: [Int] = [], keepdim: Bool = false) throws -> Tensor {
    try extremeValues(dims: dims, keepdim: keepdim, isMax: true)
  }

  /// `t.amin(dim, keepdim)` (`AminBackward0`): ties share the gradient evenly.
  public func amin(dims: [Int] = [], keepdim: Bool = false) throws -> Tensor {
    try extremeValues(dims: dims, keepdim: keepdim, isMax: false)
  }

  private func extremeValues(dims: [Int], keepdim: Bool, isMax: Bool) throws -> Tensor {
    let name = isMax ? "amax" : "amin"
    let reduced = try normalizedDims(dims)
    let (rows, _, outShape) = try statisticRows(reduced, keepdim: keepdim)
    if count == 0 && (dims.isEmpty || rank == 0) {
      throw AutogradError.runtime(
        "\(name)(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument."
      )
    }
    if let empty = reduced.first(where: { shape[$0] == 0 }), rows.contains(where: { $0.isEmpty }) {
      throw AutogradError.index("\(name)(): Expected reduction dim \(empty) to have non-zero size.")
    }
    let results = rows.map { row -> Double in
      var best = row[row.startIndex]
      for value in row {
        if best.isNaN { break }
        if value.isNaN || (isMax ? value > best : value < best) { best = value }
      }
      return best
    }
    let output = Tensor(shape: outShape, dtype: dtype, floats: results)
    try Tensor.record(
      isMax ? "AmaxBackward0" : "AminBackward0", inputs: [self], outputs: [output], saving: [self, output]
    ) { grads, saved in
      guard let grad = grads[0] else { return [nil] }
      let spread = try Tensor.unsqueezeReduced(grad, dims: reduced, keepdim: keepdim)
      let result = try Tensor.unsqueezeReduced(saved[1], dims: reduced, keepdim: keepdim)
      let mask = try saved[0].eq(.tensor(result)).to(grad.dtype)
      return [try spread.div(.tensor(mask.sum(dims: reduced, keepdim: true))).mul(.tensor(mask))]
    }
    return output
  }
}
