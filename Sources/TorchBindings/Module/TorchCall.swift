import Autograd
import PythonRuntime

/// The arguments of one torch call bound to a signature, with typed accessors that raise
/// PyTorch-style TypeErrors (`ones(): argument 'size' (position 1) must be tuple of ints, not str`).
struct TorchCall {
  let functionName: String
  let bound: BoundArguments
  private let signature: Signature
  /// The parameters given by keyword, whose errors PyTorch words without a position.
  private let keywordNames: Set<String>

  /// Binds `arguments` to `signature` (Python's wording for missing, surplus or unknown arguments).
  init(_ arguments: Arguments, _ signature: Signature) throws {
    functionName = signature.functionName
    do {
      bound = try arguments.bind(signature)
    } catch let error as PythonError {
      throw TorchCall.pytorchMissingWording(error, functionName: signature.functionName)
    }
    self.signature = signature
    keywordNames = Set(arguments.keywords.map(\.name))
  }

  /// PyTorch words missing arguments its own way: `full() missing 1 required positional arguments:
  /// "fill_value"`, `transpose() missing 2 required positional argument: "dim0", "dim1"`.
  static func pytorchMissingWording(_ error: PythonError, functionName: String) -> PythonError {
    let prefix = "\(functionName)() missing "
    guard error.isInstance(of: .typeError), error.message.hasPrefix(prefix),
      let colon = error.message.range(of: " required positional argument")
    else { return error }
    guard
      let count = Int(
        error.message[
          error.message.index(error.message.startIndex, offsetBy: prefix.count)..<colon.lowerBound]),
      let listStart = error.message.range(of: ": ")
    else { return error }
    var names: [String] = []
    var current: String?
    for character in error.message[listStart.upperBound...] {
      if character == "'" {
        if let name = current {
          names.append(name)
          current = nil
        } else {
          current = ""
        }
      } else if current != nil {
        current?.append(character)
      }
    }
    let noun = count == 1 ? "arguments" : "argument"
    let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
    return PythonError(.typeError, "\(prefix)\(count) required positional \(noun): \(list)")
  }

  /// The raw value of parameter `name` (None when absent).
  subscript(name: String) -> Value { bound[name] }

  /// Surplus positional arguments (`*size`).
  var extraPositional: [Value] { bound.extraPositional }

  /// Whether `name` was given (and is not None).
  func has(_ name: String) -> Bool { !bound[name].isNone }

  /// PyTorch's wording for an argument of the wrong type.
  func typeError(_ name: String, expected: String) -> PythonError {
    // Positions count the parameters that may be given positionally, from 1.
    let offset =
      keywordNames.contains(name)
      ? nil : signature.parameters.firstIndex { $0.name == name && !$0.keywordOnly }
    let position = offset.map { " (position \($0 + 1))" } ?? ""
    let actual = bound[name].typeName
    return PythonError(
      .typeError,
      "\(functionName)(): argument '\(name)'\(position) must be \(expected), not \(actual)")
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
    // PyTorch accepts Python's own types: float → float64, int → int64, bool → bool.
    case .type(let type) where type === TypeObject.float: return .float64
    case .type(let type) where type === TypeObject.int: return .int64
    case .type(let type) where type === TypeObject.bool: return .bool
    default: throw typeError(name, expected: "torch.dtype")
    }
  }

  /// A tuple/list/Size of ints.
  func intList(_ name: String) throws -> [Int] {
    do {
      if let list = try TorchValues.intList(bound[name]) { return list }
    } catch let error as TorchValues.IntListElementError {
      throw unpackError(name, error.position, error.typeName)
    }
    throw typeError(name, expected: "tuple of ints")
  }

  /// PyTorch's wording for a non-int inside a size: `failed to unpack the object at pos 2 …`.
  private func unpackError(_ name: String, _ position: Int, _ typeName: String) -> PythonError {
    PythonError(
      .typeError,
      "\(functionName)(): argument '\(name)' failed to unpack the object at pos \(position + 1) with error \"type must be tuple of ints,but got \(typeName)\""
    )
  }

  /// A dim argument: one int or a tuple/list of ints; nil when None.
  func dims(_ name: String) throws -> [Int]? {
    if bound[name].isNone { return nil }
    if case .int(let dim) = bound[name] { return [dim] }
    return try intList(name)
  }

  /// A shape given as `*size` ints or as one sequence (`ones(2, 3)`, `ones((2, 3))`, `ones(size=[2, 3])`).
  func shape(_ name: String = "size") throws -> [Int] {
    var values = extraPositional
    if !bound[name].isNone { values.insert(bound[name], at: 0) }
    if values.isEmpty {
      throw PythonError(
        .typeError, "\(functionName)() missing 1 required positional arguments: \"\(name)\"")
    }
    if values.count == 1 {
      if case .int(let size) = values[0] { return [size] }
      do {
        if let list = try TorchValues.intList(values[0]) { return list }
      } catch let error as TorchValues.IntListElementError {
        throw unpackError(name, error.position, error.typeName)
      }
      throw PythonError(
        .typeError,
        "\(functionName)(): argument '\(name)' (position 1) must be tuple of ints, not \(values[0].typeName)"
      )
    }
    var sizes: [Int] = []
    for value in values {
      guard case .int(let size) = value else {
        throw unpackError(name, sizes.count, value.typeName)
      }
      sizes.append(size)
    }
    return sizes
  }
}
