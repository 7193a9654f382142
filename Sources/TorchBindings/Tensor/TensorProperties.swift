import Autograd
import PythonRuntime

/// Data attributes of tensors: `shape`, `dtype`, `grad`, `grad_fn`, `requires_grad`, `T`, …
enum TensorProperties {
  static let all: [Member] = [
    read("shape") { tensor, _ in SizeObject.value(tensor.shape) },
    read("dtype") { tensor, _ in DTypeObject.value(tensor.dtype) },
    read("ndim") { tensor, _ in .int(tensor.rank) },
    Member.property(
      of: TensorObject.self, "requires_grad", get: { object, _ in .bool(object.tensor.requiresGrad) }
    ) {
      object, newValue, context in
      guard case .bool(let flag) = newValue else {
        throw PythonError(.runtimeError, "requires_grad must be a bool")
      }
      try TorchBridge.run(context) { try object.tensor.setRequiresGrad(flag) }
    },
    read("is_leaf") { tensor, _ in .bool(tensor.isLeaf) },
    read("retains_grad") { tensor, _ in .bool(tensor.retainsGrad) },
    read("grad_fn") { tensor, _ in GradFnObject.value(tensor.gradFn) },
    Member.property(
      of: TensorObject.self, "grad",
      get: { object, context in try TorchBridge.run(context) { TensorObject.value(object.tensor.grad) } },
      set: setGrad),
    Member.property(
      of: TensorObject.self, "data", get: { object, _ in TensorObject.value(object.tensor.data) },
      set: setData),
    read("T") { tensor, context in
      try TorchBridge.run(context) {
        if tensor.rank != 2 && tensor.rank != 0 {
          context.warn(
            "UserWarning",
            "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor."
          )
        }
        return TensorObject.value(try tensor.reversedDims())
      }
    },
    read("mT") { tensor, context in
      try TorchBridge.run(context) {
        guard tensor.rank >= 2 else {
          throw PythonError(
            .runtimeError,
            "tensor.mT is only supported on matrices or batches of matrices. Got \(tensor.rank)-D tensor.")
        }
        return TensorObject.value(try tensor.transpose(-2, -1))
      }
    },
    read("is_cuda") { _, _ in .bool(false) },
    read("device") { _, _ in .native(DeviceObject.cpu) },
    read("_version") { tensor, _ in .int(tensor.version) },
    read("itemsize") { tensor, _ in .int(itemSize(tensor.dtype)) },
  ]

  /// Bytes per element, as `element_size()` and `itemsize` report them.
  static func itemSize(_ dtype: DType) -> Int {
    switch dtype {
    case .bool, .uint8, .int8: return 1
    case .int16, .float16, .bfloat16: return 2
    case .int32, .float32: return 4
    case .int64, .float64: return 8
    }
  }

  /// A read-only attribute computed from the tensor.
  private static func read(_ name: String, _ get: @escaping @Sendable (Tensor, NativeContext) throws -> Value) -> Member
  {
    Member.property(of: TensorObject.self, name) { object, context in try get(object.tensor, context) }
  }

  /// `t.grad = g` (a tensor or None).
  private static func setGrad(_ object: TensorObject, _ newValue: Value, _ context: NativeContext) throws {
    if newValue.isNone {
      try TorchBridge.run(context) { try object.tensor.setGrad(nil) }
      return
    }
    guard let gradient = TorchValues.tensor(newValue) else {
      throw PythonError.typeError(
        "assigned grad expected to be a Tensor or None but got grad of type \(newValue.typeName)")
    }
    try TorchBridge.run(context) { try object.tensor.setGrad(gradient) }
  }

  /// `t.data = other`: Gradbook copies values of the same shape and dtype (PyTorch swaps storage).
  private static func setData(_ object: TensorObject, _ newValue: Value, _ context: NativeContext) throws {
    let tensor = object.tensor
    guard let source = TorchValues.tensor(newValue) else {
      throw PythonError.typeError("Variable data has to be a tensor, but got \(newValue.typeName)")
    }
    if source === tensor || (source.dataPointer == tensor.dataPointer && source.shape == tensor.shape) {
      return
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
  }
}
