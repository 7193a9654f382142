import Autograd
import PythonRuntime

/// Sizes, element values and flags: `size`, `dim`, `numel`, `item`, `tolist`, `is_contiguous`, …
extension TensorMethods {
  static let inspection: [TensorMethod] = [
    TensorMethod("size", [.init("dim", default: .none)]) { tensor, call, _ in
      guard let dim = try call.optionalInt("dim") else { return SizeObject.value(tensor.shape) }
      return .int(try tensor.size(dim))
    },
    TensorMethod("dim") { tensor, _, _ in .int(tensor.rank) },
    TensorMethod("ndimension") { tensor, _, _ in .int(tensor.rank) },
    TensorMethod("numel", torch: .same) { tensor, _, _ in .int(tensor.count) },
    TensorMethod("nelement") { tensor, _, _ in .int(tensor.count) },
    TensorMethod("element_size") { tensor, _, _ in .int(TensorProperties.itemSize(tensor.dtype)) },
    TensorMethod("item") { tensor, _, _ in TorchValues.value(try tensor.item()) },
    TensorMethod("tolist") { tensor, _, context in
      let data = try tensor.tolist()
      try context.chargeSteps(tensor.count)
      return TorchValues.value(data)
    },
    TensorMethod("numpy", [.init("force", default: .bool(false), keywordOnly: true)]) { _, _, _ in
      throw PythonError(
        .runtimeError, "numpy is not available in Gradbook; use .tolist() or .item() to get Python numbers")
    },
    TensorMethod("is_inference") { tensor, _, _ in .bool(tensor.isInference) },
    TensorMethod("is_contiguous") { tensor, _, _ in .bool(tensor.isContiguous) },
    TensorMethod("is_floating_point", torch: .same) { tensor, _, _ in .bool(tensor.dtype.isFloatingPoint) },
    TensorMethod("data_ptr") { tensor, _, _ in .int(tensor.dataPointer) },
    TensorMethod("get_device") { _, _, _ in .int(-1) },
  ]
}
