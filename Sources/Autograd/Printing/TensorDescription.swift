/// Everything the printer needs to know about a tensor.
public struct TensorDescription: Equatable, Sendable {
  /// The tensor's sizes, outermost first; `[]` for a 0-d tensor.
  public var shape: [Int]
  /// The element type; decides the `dtype=` suffix.
  public var dtype: DType
  /// The elements in row-major order (`shape.reduce(1, *)` of them).
  public var values: ElementValues
  /// Show `requires_grad=True` (caller decides: leaves that require grad). Ignored when `gradFnName` is set.
  public var requiresGrad: Bool
  /// Show `grad_fn=<Name>` (caller decides).
  public var gradFnName: String?
  /// An `nn.Parameter`: the repr starts with a `Parameter containing:` line.
  public var isParameter: Bool

  public init(
    shape: [Int], dtype: DType, values: ElementValues, requiresGrad: Bool = false, gradFnName: String? = nil,
    isParameter: Bool = false
  ) {
    self.shape = shape
    self.dtype = dtype
    self.values = values
    self.requiresGrad = requiresGrad
    self.gradFnName = gradFnName
    self.isParameter = isParameter
  }
}
