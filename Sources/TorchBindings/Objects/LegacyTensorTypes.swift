import Autograd
import PythonRuntime

/// `torch.FloatTensor`, `torch.LongTensor`, … : the legacy typed constructors, one type per real dtype.
///
/// Calling one builds a tensor of its dtype from data (`torch.FloatTensor([1, 2])`), from sizes
/// (`torch.FloatTensor(2, 3)`, `torch.FloatTensor(torch.Size([2]))`) or shares a tensor of its dtype. PyTorch
/// leaves a tensor made from sizes uninitialised (whatever memory held); Gradbook fills it with zeros, as its
/// `torch.empty` does, so a cell's output never depends on memory. `isinstance(t, torch.FloatTensor)` is true
/// for float32 tensors, as PyTorch's `tensortype` metaclass answers it.
enum LegacyTensorTypes {
  /// The types, in the order `dir(torch)` lists them.
  static let all: [TypeObject] = [
    DType.bfloat16, .bool, .uint8, .int8, .float64, .float32, .float16, .int32, .int64, .int16,
  ].map(make)

  /// The dtype of a legacy type (`t.type(torch.LongTensor)`), or nil for any other type.
  static func dtype(of type: TypeObject) -> DType? {
    DType.allCases.first { $0.tensorTypeName == type.qualifiedName && all.contains { $0 === type } }
  }

  /// The `torch` attributes: `("FloatTensor", <class 'torch.FloatTensor'>)`, ….
  static var entries: [(String, Value)] { all.map { ($0.name, .type($0)) } }

  private static func make(_ dtype: DType) -> TypeObject {
    TypeObject(
      name: String(dtype.tensorTypeName.dropFirst("torch.".count)), qualifiedName: dtype.tensorTypeName,
      messageName: dtype.tensorTypeName,
      constructor: { _, arguments, context in try construct(dtype, arguments, context) },
      instanceCheck: { value in
        if case .native(let object as TensorObject) = value { return object.tensor.dtype == dtype }
        return false
      })
  }

  /// PyTorch's legacy `new()`: no argument, one piece of data, sizes or a tensor; `device=` the CPU only.
  private static func construct(_ dtype: DType, _ arguments: Arguments, _ context: NativeContext) throws
    -> Value
  {
    let unknown = arguments.keywords.filter { $0.name != "device" }
    if !unknown.isEmpty {
      throw LegacyConstructorMessages.invalidCombination(
        arguments,
        detail: "didn't match because some of the keywords were incorrect: "
          + unknown.reversed().map(\.name).joined(separator: ", "))
    }
    if let device = arguments.keywords.first(where: { $0.name == "device" })?.value {
      try LegacyConstructorMessages.checkDevice(device)
    }
    let positional = arguments.positional
    return try TorchBridge.run(context) {
      switch positional.count {
      case 0: return TensorObject.value(try Tensor.empty([0], dtype: dtype))
      case 1: return try single(positional[0], dtype)
      default: return TensorObject.value(try Tensor.empty(try sizes(positional, arguments), dtype: dtype))
      }
    }
  }

  /// One positional argument: a size, a `torch.Size`, a tensor of this dtype, or data.
  private static func single(_ value: Value, _ dtype: DType) throws -> Value {
    switch value {
    case .int(let size): return TensorObject.value(try Tensor.empty([size], dtype: dtype))
    case .native(let object as SizeObject):
      return TensorObject.value(try Tensor.empty(object.sizes, dtype: dtype))
    case .native(let object as TensorObject):
      guard object.tensor.dtype == dtype else {
        throw PythonError(
          .typeError,
          "expected \(LegacyConstructorMessages.options(dtype)) (got \(LegacyConstructorMessages.options(object.tensor.dtype)))"
        )
      }
      // The same elements, as PyTorch's alias of the given tensor.
      return TensorObject.value(object.tensor.detach())
    case .string: throw PythonError(.typeError, "new(): invalid data type 'str'")
    case .list, .tuple, .range:
      return TensorObject.value(
        try Tensor.tensor(try TensorDataReader.read(value, dtype: dtype), dtype: dtype))
    default:
      throw PythonError(.typeError, "new(): data must be a sequence (got \(value.typeName))")
    }
  }

  /// Several positional arguments: sizes, all ints.
  private static func sizes(_ values: [Value], _ arguments: Arguments) throws -> [Int] {
    guard case .int = values[0] else {
      throw LegacyConstructorMessages.invalidCombination(
        arguments,
        detail: "didn't match because some of the arguments have invalid types: ("
          + values.map { "!\(LegacyConstructorMessages.describe($0))!" }.joined(separator: ", ") + ")")
    }
    return try values.enumerated().map { position, value in
      guard case .int(let size) = value else {
        throw PythonError(
          .typeError,
          "new(): argument 'size' failed to unpack the object at pos \(position + 1) with error \"type must be tuple of ints,but got \(value.typeName)\""
        )
      }
      return size
    }
  }
}
