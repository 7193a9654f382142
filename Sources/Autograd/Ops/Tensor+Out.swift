/// `out=`: writing an op's result into a given tensor, with PyTorch's checks, resizing and warning.
extension Tensor {
  /// How an op treats the dtype of its `out=` tensor.
  public enum OutDTypeRule: Sendable {
    /// The result is cast to the out tensor's dtype when PyTorch's `can_cast` allows it (elementwise ops).
    case castable
    /// The out tensor must have the result's dtype exactly (`mm`, `matmul`, `bmm`).
    case exact
    /// The out tensor must have the result's dtype, worded as PyTorch's structured kernels word it (`abs`,
    /// `floor`, `neg`, `clamp`: "Found dtype Double but expected Float").
    case matching
  }

  /// Runs `compute` and writes its result into `out`, returning `out`, as PyTorch's `op(..., out=out)`:
  /// refused while autograd would need to record (an input or `out` requires grad), refused when `out`
  /// partly overlaps an input or has elements sharing memory; the result's dtype must be castable to
  /// `out`'s (or equal it, for `.exact`); an `out` of another shape is resized, with PyTorch's deprecation
  /// warning unless it was empty (or `resizeWarning` is false: factories such as `torch.zeros` resize silently).
  @discardableResult
  public static func writeOut(
    _ out: Tensor, function: String, inputs: [Tensor], dtypeRule: OutDTypeRule = .castable,
    resizeWarning: Bool = true, _ compute: () throws -> Tensor
  ) throws -> Tensor {
    let context = AutogradContext.current
    if context.isGradEnabled && (out.requiresGrad || inputs.contains { $0.requiresGrad }) {
      throw AutogradError.runtime(
        "\(function)(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad."
      )
    }
    if out.hasInternalOverlap {
      throw AutogradError.runtime(
        "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation."
      )
    }
    if inputs.contains(where: { out.partlyOverlaps($0) }) {
      throw AutogradError.runtime(
        "unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory location. Please clone() the tensor before performing the operation."
      )
    }
    let result = try context.withMode(.noGrad) { try compute() }
    switch dtypeRule {
    case .castable where !TypePromotion.canCast(from: result.dtype, to: out.dtype):
      throw AutogradError.runtime(
        "result type \(result.dtype.scalarTypeName) can't be cast to the desired output type \(out.dtype.scalarTypeName)"
      )
    case .exact where result.dtype != out.dtype:
      throw AutogradError.runtime(
        "Expected out tensor to have dtype \(result.dtype.cTypeName), but got \(out.dtype.cTypeName) instead")
    case .matching where result.dtype != out.dtype:
      throw AutogradError.runtime(
        "Found dtype \(out.dtype.scalarTypeName) but expected \(result.dtype.scalarTypeName)")
    default: break
    }
    if out.shape != result.shape {
      if out.count != 0 && resizeWarning {
        context.warn(
          "UserWarning: An output with one or more elements was resized since it had shape \(out.shape), which does not match the required output shape \(result.shape). This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0)."
        )
      }
      try out.resizeForOutput(result.shape)
    }
    try out.writeValues(from: result)
    out.storage.version &+= 1
    return out
  }

  /// Whether this tensor and `other` share memory without being the same elements (PyTorch's
  /// `get_overlap_status` PARTIAL); layouts that are not contiguous are not judged, as PyTorch's are not.
  func partlyOverlaps(_ other: Tensor) -> Bool {
    guard storage === other.storage, count > 0, other.count > 0, isContiguous, other.isContiguous else {
      return false
    }
    let start = storageOffset
    let end = storageOffset + count
    let otherStart = other.storageOffset
    let otherEnd = other.storageOffset + other.count
    if start == otherStart && end == otherEnd { return strides != other.strides }
    return start < otherEnd && otherStart < end
  }

  /// `resize_` to a contiguous `shape` keeping the storage offset; the storage grows when too small.
  private func resizeForOutput(_ newShape: [Int]) throws {
    let needed = storageOffset + (try Shape.checkedCount(newShape))
    if dtype.isFloatingPoint {
      if storage.floats.count < needed {
        storage.floats.append(contentsOf: repeatElement(0, count: needed - storage.floats.count))
      }
    } else if storage.integers.count < needed {
      storage.integers.append(contentsOf: repeatElement(0, count: needed - storage.integers.count))
    }
    shape = newShape
    strides = Shape.contiguousStrides(newShape)
  }
}
