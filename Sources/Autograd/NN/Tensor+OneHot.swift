/// `torch.nn.functional.one_hot` and `Tensor.unflatten`.
extension Tensor {
  /// `F.one_hot(tensor, num_classes=-1)`: an int64 tensor with a trailing class dimension. With
  /// `numClasses` -1 the class count is the largest value plus one.
  public static func oneHot(_ tensor: Tensor, numClasses: Int = -1) throws -> Tensor {
    guard tensor.dtype == .int64 else {
      throw AutogradError.runtime("one_hot is only applicable to index tensor of type LongTensor.")
    }
    let values = try tensor.integerValues()
    var classes = numClasses
    if values.isEmpty {
      if classes == -1 {
        throw AutogradError.runtime("Can not infer total number of classes from empty tensor.")
      }
    } else {
      if values.contains(where: { $0 < 0 }) {
        throw AutogradError.runtime("Class values must be non-negative.")
      }
      let largest = values.max() ?? 0
      if classes == -1 {
        classes = Saturating.add(Int(largest), 1)
      } else if largest >= Int64(classes) || classes < 0 {
        throw AutogradError.runtime("Class values must be smaller than num_classes.")
      }
    }
    let shape = tensor.shape + [classes]
    var result = [Int64](repeating: 0, count: try Shape.checkedCount(shape))
    for (position, value) in values.enumerated() { result[position * classes + Int(value)] = 1 }
    return Tensor(shape: shape, dtype: .int64, integers: result)
  }

  /// `t.unflatten(dim, sizes)`: dimension `dim` split into `sizes` (one of them may be -1), as a view.
  public func unflatten(dim: Int, sizes: [Int]) throws -> Tensor {
    let d = try Shape.wrapDim(dim, rank: rank)
    guard !sizes.isEmpty else { throw AutogradError.runtime("unflatten: sizes must be non-empty") }
    let inferred = sizes.filter { $0 == -1 }.count
    if inferred > 1 {
      throw AutogradError.runtime("unflatten got an unexpected error:\nonly one dimension can be inferred")
    }
    let known = Saturating.product(sizes.filter { $0 != -1 })
    let size = rank == 0 ? 1 : shape[d]
    var resolved = sizes
    if inferred == 1, known != 0, size % known == 0, let slot = sizes.firstIndex(of: -1) {
      resolved[slot] = size / known
    }
    guard resolved.allSatisfy({ $0 >= 0 }), Saturating.product(resolved) == size else {
      throw AutogradError.runtime(
        "unflatten: Provided sizes \(sizes) don't multiply up to the size of dim \(d) (\(size)) in the input tensor"
      )
    }
    var newShape = shape
    newShape.replaceSubrange(d...d, with: resolved)
    return try view(newShape)
  }
}
