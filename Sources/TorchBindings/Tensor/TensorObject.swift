import Autograd
import PythonRuntime

/// A tensor as a cell value (`torch.Tensor`): attributes, methods, operators, indexing, iteration,
/// conversions and formatting with PyTorch's behaviour and messages.
///
/// One wrapper per engine tensor while it is referenced, so `x.grad is x.grad` and
/// `acc.variable is x` hold.
class TensorObject: NativeObject, NativeCopying {
  let tensor: Tensor

  /// Use ``wrap(_:)``; subclasses (`nn.Parameter`) set themselves as the tensor's binding object.
  init(_ tensor: Tensor) {
    self.tensor = tensor
  }

  /// The wrapper for `tensor` (the same object as long as one is alive: the tensor points back at it
  /// weakly, so the identity lives with the tensor, in its session, and needs no table).
  static func wrap(_ tensor: Tensor) -> TensorObject {
    if let existing = tensor.bindingObject as? TensorObject { return existing }
    let object = TensorObject(tensor)
    tensor.bindingObject = object
    return object
  }

  /// `tensor` as a cell value.
  static func value(_ tensor: Tensor) -> Value { .native(wrap(tensor)) }

  /// An optional tensor as a cell value (None when nil).
  static func value(_ tensor: Tensor?) -> Value {
    guard let tensor else { return .none }
    return value(tensor)
  }

  /// `torch.Tensor`: its methods and data attributes; calling it makes a float32 tensor
  /// (`torch.Tensor([1, 2])`) or an uninitialised one of the given sizes (`torch.Tensor(2, 3)`).
  static let type = TypeObject(
    name: "Tensor", qualifiedName: "torch.Tensor", members: TensorMethods.table
  ) { _, arguments, context in
    let bound = try arguments.bind(Signature("Tensor", [], variadicPositional: "data"))
    return try TorchBridge.run(context) {
      if bound.extraPositional.count == 1, bound.extraPositional[0].sequenceElements != nil {
        return TensorObject.value(
          try Tensor.tensor(
            try TensorDataReader.read(bound.extraPositional[0], dtype: .float32), dtype: .float32))
      }
      let sizes = try bound.extraPositional.map { try $0.asInt() }
      return TensorObject.value(try Tensor.empty(sizes))
    }
  }

  var pythonType: TypeObject { TensorObject.type }

  /// A shape as PyTorch's C++ messages print it: `[2, 3]`.
  static func shapeList(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
  }

  func repr() -> String { tensor.description }

  // MARK: Copying (overridden by nn.Parameter)

  func shallowCopy(context: NativeContext) throws -> Value? { try tensorShallowCopy(context: context) }

  func deepCopy(_ copier: inout DeepCopier) throws -> Value { try tensorDeepCopy(&copier) }

  // MARK: Conversions

  /// The single element, or PyTorch's error for `float(t)` / `int(t)` on several elements.
  private func singleElement(context: NativeContext) throws -> Scalar {
    guard tensor.count == 1 else {
      throw PythonError(
        .valueError, "only one element tensors can be converted to Python scalars")
    }
    return try TorchBridge.run(context) { try tensor.item() }
  }

  func truthValue(context: NativeContext) throws -> Bool {
    if tensor.count == 0 {
      throw PythonError(.runtimeError, "Boolean value of Tensor with no values is ambiguous")
    }
    guard tensor.count == 1 else {
      throw PythonError(
        .runtimeError, "Boolean value of Tensor with more than one value is ambiguous")
    }
    return try TorchBridge.run(context) { try tensor.item() }.doubleValue != 0
  }

  func floatValue(context: NativeContext) throws -> Double? {
    try singleElement(context: context).doubleValue
  }

  func intValue(context: NativeContext) throws -> Int? {
    let scalar = try singleElement(context: context)
    if case .float(let value) = scalar, !value.isFinite {
      throw PythonError(
        value.isNaN ? .valueError : .overflowError,
        value.isNaN
          ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
    }
    return Int(scalar.int64Value)
  }

  func format(spec: String, context: NativeContext) throws -> String? {
    if tensor.rank == 0 {
      let item = try TorchBridge.run(context) { try tensor.item() }
      return try context.format(TorchValues.value(item), spec: spec)
    }
    if spec.isEmpty { return str() }
    throw PythonError.typeError("unsupported format string passed to Tensor.__format__")
  }

  func round(ndigits: Int?, context: NativeContext) throws -> Value? {
    throw PythonError.typeError("type Tensor doesn't define __round__ method")
  }

  // MARK: Sequences

  func iterate(context: NativeContext) throws -> [Value]? {
    guard tensor.rank > 0 else { throw PythonError.typeError("iteration over a 0-d tensor") }
    let count = tensor.shape[0]
    try context.chargeSteps(count)
    return try TorchBridge.run(context) {
      try (0..<count).map { TensorObject.value(try tensor.select(dim: 0, index: $0)) }
    }
  }

  func length(context: NativeContext) throws -> Int? {
    guard tensor.rank > 0 else { throw PythonError.typeError("len() of a 0-d tensor") }
    return tensor.shape[0]
  }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    try TorchBridge.run(context) {
      TensorObject.value(try tensor.index(try TorchValues.indices(index)))
    }
  }

  func setItem(_ index: Value, value: Value, context: NativeContext) throws {
    guard let operand = TorchValues.operand(value) else {
      if value.sequenceElements != nil {
        let source = try TorchBridge.run(context) { try Tensor.tensor(try TorchValues.tensorData(value)) }
        try TorchBridge.run(context) { try tensor.setIndex(try TorchValues.indices(index), .tensor(source)) }
        return
      }
      throw PythonError.typeError(
        "can't assign a \(value.typeName) to a \(tensor.dtype.tensorTypeName)")
    }
    try TorchBridge.run(context) { try tensor.setIndex(try TorchValues.indices(index), operand) }
  }
}
