/// Printing: `repr(t)` through the shared `TensorPrinter`.
extension Tensor: CustomStringConvertible {
  /// Everything the printer needs: shape, dtype, values, and the grad suffix PyTorch would show.
  public var printDescription: TensorDescription {
    TensorDescription(
      shape: shape, dtype: dtype, values: elementValues, requiresGrad: isLeaf && leafRequiresGrad,
      gradFnName: gradFn?.name, isParameter: isParameter)
  }

  /// `repr(t)`, e.g. `tensor([1., 2.], requires_grad=True)`.
  public var description: String { TensorPrinter.repr(printDescription) }

  /// `t.shape` as PyTorch prints it: `torch.Size([2, 3])`.
  public var sizeDescription: String { TensorPrinter.sizeRepr(shape) }
}
