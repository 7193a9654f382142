/// Printing: `repr(t)` through the shared `TensorPrinter`.
extension Tensor: CustomStringConvertible {
  /// Everything the printer needs: shape, dtype, values, and the grad suffix PyTorch would show.
  /// Throws the element-budget error for a view describing more elements than the budget allows.
  public func printDescription() throws -> TensorDescription {
    TensorDescription(
      shape: shape, dtype: dtype, values: try elementValues(), requiresGrad: isLeaf && leafRequiresGrad,
      gradFnName: gradFn?.name, isParameter: isParameter)
  }

  /// `repr(t)`, e.g. `tensor([1., 2.], requires_grad=True)`; a summarised repr of a huge view reads only the
  /// elements it shows.
  public var description: String {
    TensorPrinter.repr(
      shape: shape, dtype: dtype, elements: elementReader, requiresGrad: isLeaf && leafRequiresGrad,
      gradFnName: gradFn?.name, isParameter: isParameter)
  }

  /// `t.shape` as PyTorch prints it: `torch.Size([2, 3])`.
  public var sizeDescription: String { TensorPrinter.sizeRepr(shape) }
}
