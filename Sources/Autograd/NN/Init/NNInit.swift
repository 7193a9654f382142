import Foundation

/// `torch.nn.init`: in-place initialisers that draw from a generator exactly as PyTorch 2.15 does (each is
/// one `uniform_` or `normal_` over the tensor in row-major order, run without recording a graph), and the
/// fan and gain arithmetic in Python's double precision.
public enum NNInit {
  /// `torch.nn.init.uniform_(tensor, a, b, generator)`.
  @discardableResult
  public static func uniform_(
    _ tensor: Tensor, low: Double = 0, high: Double = 1, generator: Generator? = nil
  )
    throws -> Tensor
  {
    try Tensor.checkFloating(tensor.dtype, function: "rand")
    if let message = Generator.uniformRangeError(low: low, high: high, dtype: tensor.dtype) {
      throw AutogradError.runtime(message)
    }
    let source = EngineSession.generator(generator)
    return try EngineSession.withoutGrad {
      try tensor.inPlace(operands: []) { input in
        let values = source.uniform(count: input.count, dtype: input.dtype, low: low, high: high)
        return Tensor(shape: input.shape, dtype: input.dtype, floats: values)
      }
    }
  }

  /// `torch.nn.init.normal_(tensor, mean, std, generator)`.
  @discardableResult
  public static func normal_(_ tensor: Tensor, mean: Double = 0, std: Double = 1, generator: Generator? = nil)
    throws -> Tensor
  {
    try Tensor.checkFloating(tensor.dtype, function: "randn")
    if let message = Generator.normalStdError(std: std) { throw AutogradError.runtime(message) }
    let source = EngineSession.generator(generator)
    return try EngineSession.withoutGrad {
      try tensor.inPlace(operands: []) { input in
        let values = source.normal(
          count: input.count, dtype: input.dtype, mean: mean, std: std, contiguous: tensor.isContiguous)
        return Tensor(shape: input.shape, dtype: input.dtype, floats: values)
      }
    }
  }

  /// `torch.nn.init.constant_(tensor, val)`.
  @discardableResult
  public static func constant_(_ tensor: Tensor, _ value: Scalar) throws -> Tensor {
    try EngineSession.withoutGrad { try tensor.fill_(value) }
  }

  /// `torch.nn.init.zeros_(tensor)`.
  @discardableResult
  public static func zeros_(_ tensor: Tensor) throws -> Tensor {
    try EngineSession.withoutGrad { try tensor.zero_() }
  }

  /// `torch.nn.init.ones_(tensor)`.
  @discardableResult
  public static func ones_(_ tensor: Tensor) throws -> Tensor { try constant_(tensor, .float(1)) }

  /// `torch.nn.init.xavier_uniform_(tensor, gain)`: `U(-a, a)`, `a = gain * sqrt(6 / (fan_in + fan_out))`
  /// computed as PyTorch writes it (`sqrt(3) * gain * sqrt(2 / (fan_in + fan_out))`).
  @discardableResult
  public static func xavierUniform_(_ tensor: Tensor, gain: Double = 1, generator: Generator? = nil) throws
    -> Tensor
  {
    let (fanIn, fanOut) = try fans(tensor)
    let std = gain * (2.0 / Double(fanIn + fanOut)).squareRoot()
    let bound = 3.0.squareRoot() * std
    return try uniform_(tensor, low: -bound, high: bound, generator: generator)
  }

  /// `torch.nn.init.xavier_normal_(tensor, gain)`: `N(0, gain * sqrt(2 / (fan_in + fan_out)))`.
  @discardableResult
  public static func xavierNormal_(_ tensor: Tensor, gain: Double = 1, generator: Generator? = nil) throws
    -> Tensor
  {
    let (fanIn, fanOut) = try fans(tensor)
    let std = gain * (2.0 / Double(fanIn + fanOut)).squareRoot()
    return try normal_(tensor, mean: 0, std: std, generator: generator)
  }

  /// `torch.nn.init.kaiming_uniform_(tensor, a, mode, nonlinearity)`: `U(-b, b)` with
  /// `b = sqrt(3) * gain / sqrt(fan)`. `nn.Linear` and `nn.Conv2d` call it with `a = sqrt(5)`.
  @discardableResult
  public static func kaimingUniform_(
    _ tensor: Tensor, a: Scalar = .int(0), mode: String = "fan_in", nonlinearity: String = "leaky_relu",
    generator: Generator? = nil
  ) throws -> Tensor {
    if tensor.shape.contains(0) {
      EngineSession.warn(zeroElementWarning)
      return tensor
    }
    let std = try kaimingStd(tensor, a: a, mode: mode, nonlinearity: nonlinearity)
    let bound = 3.0.squareRoot() * std
    return try uniform_(tensor, low: -bound, high: bound, generator: generator)
  }

  /// `torch.nn.init.kaiming_normal_(tensor, a, mode, nonlinearity)`: `N(0, gain / sqrt(fan))`.
  @discardableResult
  public static func kaimingNormal_(
    _ tensor: Tensor, a: Scalar = .int(0), mode: String = "fan_in", nonlinearity: String = "leaky_relu",
    generator: Generator? = nil
  ) throws -> Tensor {
    if tensor.shape.contains(0) {
      EngineSession.warn(zeroElementWarning)
      return tensor
    }
    let std = try kaimingStd(tensor, a: a, mode: mode, nonlinearity: nonlinearity)
    return try normal_(tensor, mean: 0, std: std, generator: generator)
  }

  /// The warning the Kaiming initialisers give for a tensor with a zero-sized dimension.
  public static let zeroElementWarning = "UserWarning: Initializing zero-element tensors is a no-op"

  private static func kaimingStd(_ tensor: Tensor, a: Scalar, mode: String, nonlinearity: String) throws
    -> Double
  {
    let fan = try correctFan(tensor, mode: mode)
    let gain = try calculateGain(nonlinearity, parameter: a).doubleValue
    // A zero fan needs a zero-sized dimension, which the callers have already turned away.
    return gain / Double(fan).squareRoot()
  }

  /// `nn.Linear`'s and `nn.Conv*d`'s `reset_parameters`: `kaiming_uniform_(weight, a=sqrt(5))`, then the
  /// bias from `U(-1/sqrt(fan_in), 1/sqrt(fan_in))` (zero bounds, or no draw for convolutions, at fan 0).
  public static func resetLayerParameters(
    weight: Tensor, bias: Tensor?, isConvolution: Bool = false, generator: Generator? = nil
  ) throws {
    try kaimingUniform_(weight, a: .float(5.0.squareRoot()), generator: generator)
    guard let bias = bias else { return }
    let (fanIn, _) = try fans(weight)
    if isConvolution && fanIn == 0 { return }
    let bound = fanIn > 0 ? 1 / Double(fanIn).squareRoot() : 0
    try uniform_(bias, low: -bound, high: bound, generator: generator)
  }

  /// `torch.nn.init._calculate_fan_in_and_fan_out(tensor)`.
  public static func fans(_ tensor: Tensor) throws -> (fanIn: Int, fanOut: Int) {
    guard tensor.rank >= 2 else {
      throw AutogradError.value(
        "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    }
    let receptiveField = tensor.shape.dropFirst(2).reduce(1) {
      $0.multipliedReportingOverflow(by: $1).partialValue
    }
    return (tensor.shape[1] * receptiveField, tensor.shape[0] * receptiveField)
  }

  /// `torch.nn.init._calculate_correct_fan(tensor, mode)`: `mode` is `fan_in` or `fan_out` (any case).
  public static func correctFan(_ tensor: Tensor, mode: String) throws -> Int {
    let lowered = mode.lowercased()
    guard lowered == "fan_in" || lowered == "fan_out" else {
      throw AutogradError.value("Mode \(lowered) not supported, please use one of ['fan_in', 'fan_out']")
    }
    let (fanIn, fanOut) = try fans(tensor)
    return lowered == "fan_in" ? fanIn : fanOut
  }

  /// `torch.nn.init.calculate_gain(nonlinearity, param)`: an int 1 for the linear family and sigmoid, as
  /// PyTorch returns it, else a float. `parameter` is leaky_relu's negative slope (default 0.01).
  public static func calculateGain(_ nonlinearity: String, parameter: Scalar? = nil) throws -> Scalar {
    let linear = [
      "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
    ]
    if linear.contains(nonlinearity) || nonlinearity == "sigmoid" { return .int(1) }
    switch nonlinearity {
    case "tanh": return .float(5.0 / 3)
    case "relu": return .float(2.0.squareRoot())
    case "leaky_relu":
      let slope: Double
      switch parameter {
      case nil: slope = 0.01
      case .int(let value)?: slope = Double(value)
      case .float(let value)?: slope = value
      case .bool(let value)?:
        throw AutogradError.value("negative_slope \(value ? "True" : "False") not a valid number")
      }
      // Python's `negative_slope**2` on an int stays exact; on a float it is the rounded square.
      let square: Double
      if case .int(let value)? = parameter {
        square = Double(value.multipliedReportingOverflow(by: value).partialValue)
      } else {
        square = slope * slope
      }
      return .float((2.0 / (1 + square)).squareRoot())
    case "selu": return .float(3.0 / 4)
    default: throw AutogradError.value("Unsupported nonlinearity \(nonlinearity)")
    }
  }
}
