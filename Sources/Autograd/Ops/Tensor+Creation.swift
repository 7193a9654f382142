/// Factory functions: `torch.tensor`, `zeros`, `ones`, `full`, `empty`, `eye`, `arange`, `linspace`, random ones.
extension Tensor {
  /// `torch.tensor(data, dtype=, requires_grad=)`: infers shape and dtype from nested Python data.
  public static func tensor(_ data: TensorData, dtype: DType? = nil, requiresGrad: Bool = false) throws
    -> Tensor
  {
    var shape: [Int] = []
    var probe = data
    while case .list(let items) = probe {
      shape.append(items.count)
      guard let first = items.first else { break }
      probe = first
    }
    let count = try Shape.checkedCount(shape)
    var floats: [Double] = []
    var integers: [Int64] = []
    var sawFloat = false
    var sawInt = false
    floats.reserveCapacity(count)
    integers.reserveCapacity(count)
    func visit(_ node: TensorData, depth: Int) throws {
      switch node {
      case .list(let items):
        guard depth < shape.count else {
          throw AutogradError.type("'list' object cannot be interpreted as an integer")
        }
        if items.count != shape[depth] {
          throw AutogradError.value(
            "expected sequence of length \(shape[depth]) at dim \(depth) (got \(items.count))")
        }
        for item in items { try visit(item, depth: depth + 1) }
      case .bool(let value):
        if depth != shape.count { throw AutogradError.type("not a sequence") }
        floats.append(value ? 1 : 0)
        integers.append(value ? 1 : 0)
      case .int(let value):
        if depth != shape.count { throw AutogradError.type("not a sequence") }
        sawInt = true
        if let target = dtype { try Scalar.int(value).checkFits(target, typeName: target.rawValue) }
        floats.append(Double(value))
        integers.append(value)
      case .float(let value):
        if depth != shape.count { throw AutogradError.type("not a sequence") }
        sawFloat = true
        if let target = dtype { try Scalar.float(value).checkFits(target, typeName: target.rawValue) }
        floats.append(value)
        integers.append(Scalar.truncatingToInt64(value))
      }
    }
    try visit(data, depth: 0)
    let inferred: DType
    if sawFloat || count == 0 {
      inferred = DType.defaultFloat
    } else if sawInt {
      inferred = .int64
    } else {
      inferred = .bool
    }
    let target = dtype ?? inferred
    let result: Tensor
    if target.isFloatingPoint {
      result = Tensor(shape: shape, dtype: target, floats: floats)
    } else if target == .bool {
      result = Tensor(shape: shape, dtype: target, integers: floats.map { $0 != 0 ? 1 : 0 })
    } else {
      result = Tensor(shape: shape, dtype: target, integers: sawFloat ? integers : integers)
    }
    return try result.applyFactoryRequiresGrad(requiresGrad)
  }

  /// `torch.tensor(scalar)`: a 0-d tensor.
  public static func scalar(_ value: Scalar, dtype: DType? = nil, requiresGrad: Bool = false) throws -> Tensor
  {
    switch value {
    case .bool(let b): return try tensor(.bool(b), dtype: dtype, requiresGrad: requiresGrad)
    case .int(let i): return try tensor(.int(i), dtype: dtype, requiresGrad: requiresGrad)
    case .float(let f): return try tensor(.float(f), dtype: dtype, requiresGrad: requiresGrad)
    }
  }

  /// `torch.full(size, value, dtype=)`: dtype inferred from the value as PyTorch does (int → int64, bool → bool).
  public static func full(
    _ shape: [Int], _ value: Scalar, dtype: DType? = nil, requiresGrad: Bool = false
  ) throws -> Tensor {
    let count = try Shape.checkedCount(shape)
    let target = dtype ?? value.defaultDType
    try value.checkFits(target, typeName: target.checkedTypeName)
    let result: Tensor
    if target.isFloatingPoint {
      result = Tensor(
        shape: shape, dtype: target, floats: [Double](repeating: value.doubleValue, count: count))
    } else {
      let integer: Int64 = target == .bool ? (value.doubleValue != 0 ? 1 : 0) : value.int64Value
      result = Tensor(shape: shape, dtype: target, integers: [Int64](repeating: integer, count: count))
    }
    return try result.applyFactoryRequiresGrad(requiresGrad)
  }

  /// `torch.zeros(size)`.
  public static func zeros(_ shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) throws
    -> Tensor
  {
    try full(shape, .int(0), dtype: dtype, requiresGrad: requiresGrad)
  }

  /// `torch.ones(size)`.
  public static func ones(_ shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) throws
    -> Tensor
  {
    try full(shape, .int(1), dtype: dtype, requiresGrad: requiresGrad)
  }

  /// `torch.empty(size)`: zero-filled (uninitialised memory is never exposed).
  public static func empty(_ shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) throws
    -> Tensor
  {
    try zeros(shape, dtype: dtype, requiresGrad: requiresGrad)
  }

  /// `torch.eye(n, m)`.
  public static func eye(
    _ rows: Int, _ columns: Int? = nil, dtype: DType = .float32, requiresGrad: Bool = false
  )
    throws -> Tensor
  {
    let cols = columns ?? rows
    if rows < 0 { throw AutogradError.runtime("n must be greater or equal to 0, got \(rows)") }
    if cols < 0 { throw AutogradError.runtime("m must be greater or equal to 0, got \(cols)") }
    let result = try zeros([rows, cols], dtype: dtype)
    let diagonal = Swift.min(rows, cols)
    if dtype.isFloatingPoint {
      for i in 0..<diagonal { result.storage.floats[i * cols + i] = 1 }
    } else {
      for i in 0..<diagonal { result.storage.integers[i * cols + i] = 1 }
    }
    return try result.applyFactoryRequiresGrad(requiresGrad)
  }

  /// `torch.arange(start, end, step)`: int64 when all arguments are ints, else float32 (default dtype).
  public static func arange(
    start: Scalar = .int(0), end: Scalar, step: Scalar = .int(1), dtype: DType? = nil,
    requiresGrad: Bool = false
  ) throws -> Tensor {
    let allIntegral = [start, end, step].allSatisfy {
      if case .float = $0 { return false } else { return true }
    }
    let target = dtype ?? (allIntegral ? .int64 : DType.defaultFloat)
    let first = start.doubleValue
    let last = end.doubleValue
    let increment = step.doubleValue
    if increment == 0 { throw AutogradError.runtime("step must be nonzero") }
    if !first.isFinite || !last.isFinite {
      throw AutogradError.runtime("unsupported range: \(start) -> \(end)")
    }
    if (increment > 0 && last < first) || (increment < 0 && last > first) {
      throw AutogradError.runtime("upper bound and lower bound inconsistent with step sign")
    }
    let size: Double
    if allIntegral {
      let span = end.int64Value.subtractingReportingOverflow(start.int64Value)
      let stepValue = step.int64Value
      if span.overflow { throw AutogradError.runtime("arange: range is too large") }
      let (quotient, divisionOverflow) = span.partialValue.dividedReportingOverflow(by: stepValue)
      if divisionOverflow { throw AutogradError.runtime("arange: range is too large") }
      let remainder = span.partialValue.remainderReportingOverflow(dividingBy: stepValue).partialValue
      size = Double(quotient) + (remainder != 0 ? 1 : 0)
    } else {
      size = ((last - first) / increment).rounded(.up)
    }
    guard size.isFinite, size >= 0, size < Double(Int.max / 2) else {
      throw AutogradError.runtime("arange: invalid size \(size)")
    }
    let count = Int(size)
    _ = try Shape.checkedCount([count])
    let result: Tensor
    if target.isFloatingPoint {
      var values = [Double](repeating: 0, count: count)
      for i in 0..<count { values[i] = first + Double(i) * increment }
      result = Tensor(shape: [count], dtype: target, floats: values)
    } else {
      var values = [Int64](repeating: 0, count: count)
      let begin = start.int64Value
      let stepValue = step.int64Value
      for i in 0..<count { values[i] = begin &+ Int64(i) &* stepValue }
      result = Tensor(shape: [count], dtype: target, integers: values)
    }
    return try result.applyFactoryRequiresGrad(requiresGrad)
  }

  /// `torch.linspace(start, end, steps)`.
  public static func linspace(
    _ start: Double, _ end: Double, steps: Int, dtype: DType = .float32, requiresGrad: Bool = false
  ) throws -> Tensor {
    if steps < 0 { throw AutogradError.runtime("number of steps must be non-negative") }
    _ = try Shape.checkedCount([steps])
    var values = [Double](repeating: 0, count: steps)
    if steps == 1 {
      values[0] = start
    } else if steps > 1 {
      // PyTorch fills the first half from the start and the second half from the end.
      let stepSize = (end - start) / Double(steps - 1)
      let half = steps / 2
      for i in 0..<steps {
        values[i] = i < half ? start + stepSize * Double(i) : end - stepSize * Double(steps - i - 1)
      }
    }
    if dtype.computesInFloat {
      let startF = Float(start)
      let endF = Float(end)
      let stepF = (endF - startF) / Float(Swift.max(steps - 1, 1))
      let half = steps / 2
      for i in 0..<steps where steps > 1 {
        values[i] = Double(i < half ? startF + stepF * Float(i) : endF - stepF * Float(steps - i - 1))
      }
    }
    return try Tensor(shape: [steps], dtype: dtype, floats: values).applyFactoryRequiresGrad(requiresGrad)
  }

  /// `torch.zeros_like(t)`.
  public static func zerosLike(_ other: Tensor, dtype: DType? = nil, requiresGrad: Bool = false) throws
    -> Tensor
  {
    try zeros(other.shape, dtype: dtype ?? other.dtype, requiresGrad: requiresGrad)
  }

  /// `torch.ones_like(t)`.
  public static func onesLike(_ other: Tensor, dtype: DType? = nil, requiresGrad: Bool = false) throws
    -> Tensor
  {
    try ones(other.shape, dtype: dtype ?? other.dtype, requiresGrad: requiresGrad)
  }

  /// `torch.full_like(t, value)`.
  public static func fullLike(
    _ other: Tensor, _ value: Scalar, dtype: DType? = nil, requiresGrad: Bool = false
  )
    throws -> Tensor
  {
    try full(other.shape, value, dtype: dtype ?? other.dtype, requiresGrad: requiresGrad)
  }

  /// `torch.rand(size)`: uniform on [0, 1) from `generator` (nil: the default generator).
  public static func rand(
    _ shape: [Int], dtype: DType = .float32, generator: Generator? = nil, requiresGrad: Bool = false
  ) throws -> Tensor {
    try checkFloating(dtype, function: "rand")
    let count = try Shape.checkedCount(shape)
    let values = EngineSession.generator(generator).uniform(count: count, dtype: dtype, low: 0, high: 1)
    return try Tensor(shape: shape, dtype: dtype, floats: values).applyFactoryRequiresGrad(requiresGrad)
  }

  /// `torch.randn(size)`: standard normal from `generator` (nil: the default generator).
  public static func randn(
    _ shape: [Int], dtype: DType = .float32, generator: Generator? = nil, requiresGrad: Bool = false
  ) throws -> Tensor {
    try checkFloating(dtype, function: "randn")
    let count = try Shape.checkedCount(shape)
    let values = EngineSession.generator(generator).normal(count: count, dtype: dtype, mean: 0, std: 1)
    return try Tensor(shape: shape, dtype: dtype, floats: values).applyFactoryRequiresGrad(requiresGrad)
  }

  /// `torch.randint(low, high, size)`: int64 by default.
  public static func randint(
    low: Int64 = 0, high: Int64, _ shape: [Int], dtype: DType = .int64, generator: Generator? = nil,
    requiresGrad: Bool = false
  ) throws -> Tensor {
    if let message = Generator.randintRangeError(low: low, high: high) {
      throw AutogradError.runtime(message)
    }
    let count = try Shape.checkedCount(shape)
    let values = EngineSession.generator(generator).randint(count: count, low: low, high: high)
    return try Tensor(shape: shape, dtype: dtype, integers: values).applyFactoryRequiresGrad(requiresGrad)
  }

  /// `torch.rand_like(t)`.
  public static func randLike(
    _ other: Tensor, dtype: DType? = nil, generator: Generator? = nil, requiresGrad: Bool = false
  ) throws -> Tensor {
    try rand(other.shape, dtype: dtype ?? other.dtype, generator: generator, requiresGrad: requiresGrad)
  }

  /// `torch.randn_like(t)`.
  public static func randnLike(
    _ other: Tensor, dtype: DType? = nil, generator: Generator? = nil, requiresGrad: Bool = false
  ) throws -> Tensor {
    try randn(other.shape, dtype: dtype ?? other.dtype, generator: generator, requiresGrad: requiresGrad)
  }

  /// `torch.manual_seed(seed)` on the default generator.
  public static func manualSeed(_ seed: UInt64) {
    AutogradContext.current.generator.manualSeed(seed)
  }

  static func checkFloating(_ dtype: DType, function: String) throws {
    if !dtype.isFloatingPoint {
      let name = dtype.scalarTypeName
      throw AutogradError(
        .notImplementedError,
        "\"\(function == "rand" ? "check_uniform_bounds" : "normal_kernel_cpu")\" not implemented for '\(name)'"
      )
    }
  }
}
