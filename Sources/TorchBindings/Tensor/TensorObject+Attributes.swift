import Autograd
import PythonRuntime

/// Data attributes of tensors: `shape`, `dtype`, `grad`, `grad_fn`, `requires_grad`, `T`, …
extension TensorObject {
  func getAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "shape": return SizeObject.value(tensor.shape)
    case "dtype": return DTypeObject.value(tensor.dtype)
    case "ndim": return .int(tensor.rank)
    case "requires_grad": return .bool(tensor.requiresGrad)
    case "is_leaf": return .bool(tensor.isLeaf)
    case "retains_grad": return .bool(tensor.retainsGrad)
    case "grad_fn": return GradFnObject.value(tensor.gradFn)
    case "grad": return try TorchBridge.run(context) { TensorObject.value(tensor.grad) }
    case "data": return TensorObject.value(tensor.data)
    case "T":
      return try TorchBridge.run(context) {
        if tensor.rank != 2 && tensor.rank != 0 {
          context.warn(
            "UserWarning",
            "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor."
          )
        }
        return TensorObject.value(try tensor.reversedDims())
      }
    case "mT":
      return try TorchBridge.run(context) {
        guard tensor.rank >= 2 else {
          throw PythonError(
            .runtimeError,
            "tensor.mT is only supported on matrices or batches of matrices. Got \(tensor.rank)-D tensor.")
        }
        return TensorObject.value(try tensor.transpose(-2, -1))
      }
    case "is_cuda": return .bool(false)
    case "device": return .native(DeviceObject.cpu)
    case "_version": return .int(tensor.version)
    case "itemsize":
      return .int(tensor.dtype == .float32 ? 4 : tensor.dtype == .bool ? 1 : 8)
    default: return nil
    }
  }

  func setAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    switch name {
    case "requires_grad":
      guard case .bool(let flag) = value else {
        throw PythonError(.runtimeError, "requires_grad must be a bool")
      }
      try TorchBridge.run(context) { try tensor.setRequiresGrad(flag) }
      return true
    case "grad":
      if value.isNone {
        try TorchBridge.run(context) { try tensor.setGrad(nil) }
        return true
      }
      guard let gradient = TorchValues.tensor(value) else {
        throw PythonError.typeError(
          "assigned grad expected to be a Tensor or None but got grad of type \(value.typeName)")
      }
      try TorchBridge.run(context) { try tensor.setGrad(gradient) }
      return true
    case "data":
      guard let source = TorchValues.tensor(value) else {
        throw PythonError.typeError(
          "Variable data has to be a tensor, but got \(value.typeName)")
      }
      if source === tensor || (source.dataPointer == tensor.dataPointer && source.shape == tensor.shape) {
        return true
      }
      guard source.shape == tensor.shape, source.dtype == tensor.dtype else {
        throw PythonError(
          .runtimeError,
          "Gradbook can only assign .data of the same shape and dtype (\(TensorObject.shapeList(tensor.shape)), \(tensor.dtype.description)); got \(TensorObject.shapeList(source.shape)), \(source.dtype.description)"
        )
      }
      try TorchBridge.run(context) {
        try AutogradContext.current.withMode(.noGrad) { _ = try tensor.detach().copy_(.tensor(source)) }
      }
      return true
    default:
      return false
    }
  }
}
