import Autograd

/// The arguments of one torch call bound to a signature, with typed accessors that raise
/// PyTorch-style TypeErrors (`ones(): argument 'size' (position 1) must be tuple of ints, not str`).
struct TorchCall {
  let functionName: String
  let bound: BoundArguments
  private let positions: [String: Int]

  /// Binds `arguments` to `signature` (Python's wording for missing, surplus or unknown arguments).
  init(_ arguments: Arguments, _ signature: Signature) throws {
    functionName = signature.functionName
    bound = try arguments.bind(signature)
    var positions: [String: Int] = [:]
    for (offset, parameter) in signature.parameters.enumerated() where !parameter.keywordOnly {
      positions[parameter.name] = offset + 1
    }
    self.positions = positions
  }

  /// The raw value of parameter `name` (None when absent).
  subscript(name: String) -> Value { bound[name] }

  /// Surplus positional arguments (`*size`).
  var extraPositional: [Value] { bound.extraPositional }

  /// Whether `name` was given (and is not None).
  func has(_ name: String) -> Bool { !bound[name].isNone }

  /// PyTorch's wording for an argument of the wrong type.
  func typeError(_ name: String, expected: String) -> PythonError {
    let position = positions[name].map { " (position \($0))" } ?? ""
    let actual = TorchValues.pythonTypeName(bound[name])
    return PythonError(
      type: "TypeError",
      message: "\(functionName)(): argument '\(name)'\(position) must be \(expected), not \(actual)")
  }

  func tensor(_ name: String) throws -> Tensor {
    guard let tensor = TorchValues.tensor(bound[name]) else { throw typeError(name, expected: "Tensor") }
    return tensor
  }

  func optionalTensor(_ name: String) throws -> Tensor? {
    if bound[name].isNone { return nil }
    return try tensor(name)
  }

  func int(_ name: String) throws -> Int {
    switch bound[name] {
    case .int(let number): return number
    case .native(let object):
      if let tensorObject = object as? TensorObject, !tensorObject.tensor.dtype.isFloatingPoint,
        tensorObject.tensor.count == 1, let scalar = try? tensorObject.tensor.item()
      {
        return Int(scalar.int64Value)
      }
    default: break
    }
    throw typeError(name, expected: "int")
  }

  func optionalInt(_ name: String) throws -> Int? {
    if bound[name].isNone { return nil }
    return try int(name)
  }

  /// A Python bool (PyTorch refuses ints where it expects bool).
  func bool(_ name: String) throws -> Bool {
    if case .bool(let flag) = bound[name] { return flag }
    throw typeError(name, expected: "bool")
  }

  func double(_ name: String) throws -> Double {
    if let scalar = TorchValues.scalar(bound[name]) { return scalar.doubleValue }
    throw typeError(name, expected: "float")
  }

  func optionalDouble(_ name: String) throws -> Double? {
    if bound[name].isNone { return nil }
    return try double(name)
  }

  /// A Python number (or a one-element tensor's value).
  func scalar(_ name: String) throws -> Scalar {
    if let scalar = TorchValues.scalar(bound[name]) { return scalar }
    throw typeError(name, expected: "Number")
  }

  func optionalScalar(_ name: String) throws -> Scalar? {
    if bound[name].isNone { return nil }
    return try scalar(name)
  }

  /// A tensor or a Python number.
  func operand(_ name: String) throws -> Operand {
    if let operand = TorchValues.operand(bound[name]) { return operand }
    throw typeError(name, expected: "Tensor")
  }

  func dtype(_ name: String) throws -> DType? {
    switch bound[name] {
    case .none: return nil
    case .native(let object as DTypeObject): return object.dtype
    default: throw typeError(name, expected: "torch.dtype")
    }
  }

  /// A tuple/list/Size of ints (or a single int).
  func intList(_ name: String) throws -> [Int] {
    if let list = try TorchValues.intList(bound[name]) { return list }
    throw typeError(name, expected: "tuple of ints")
  }

  /// A dim argument: one int or a tuple/list of ints; nil when None.
  func dims(_ name: String) throws -> [Int]? {
    if bound[name].isNone { return nil }
    if case .int(let dim) = bound[name] { return [dim] }
    if let list = try TorchValues.intList(bound[name]) { return list }
    throw typeError(name, expected: "tuple of ints")
  }

  /// A shape given as `*size` ints or as one sequence (`ones(2, 3)`, `ones((2, 3))`, `ones(size=[2, 3])`).
  func shape(_ name: String = "size") throws -> [Int] {
    var values = extraPositional
    if !bound[name].isNone { values.insert(bound[name], at: 0) }
    if values.count == 1, let list = try TorchValues.intList(values[0]) { return list }
    var sizes: [Int] = []
    for value in values {
      guard case .int(let size) = value else {
        if values.count == 1 {
          throw PythonError(
            type: "TypeError",
            message:
              "\(functionName)(): argument '\(name)' (position 1) must be tuple of ints, not \(TorchValues.pythonTypeName(value))"
          )
        }
        throw PythonError(
          type: "TypeError",
          message:
            "\(functionName)(): argument '\(name)' must be tuple of ints, but found element of type \(TorchValues.pythonTypeName(value)) at pos \(sizes.count)"
        )
      }
      sizes.append(size)
    }
    return sizes
  }
}
