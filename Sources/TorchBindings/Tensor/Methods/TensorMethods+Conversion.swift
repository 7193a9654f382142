import Autograd
import PythonRuntime

/// Copies and dtype conversions: `clone`, `contiguous`, `cpu`, `float`, `double`, `long`, `bool`, `int`,
/// `short`, `char`, `byte`, `half`, `bfloat16`, `to`, `type`.
extension TensorMethods {
  static let conversion: [TensorMethod] = [
    TensorMethod("clone", [.init("memory_format", default: .none, keywordOnly: true)], torch: .same) {
      tensor, _, _ in
      value(try tensor.clone())
    },
    TensorMethod("contiguous") { tensor, _, _ in value(try tensor.contiguous()) },
    TensorMethod("cpu") { tensor, _, _ in value(tensor) },
    unary("float") { try $0.float() },
    unary("double") { try $0.double() },
    unary("long") { try $0.long() },
    unary("bool") { try $0.bool() },
    unary("int") { try $0.to(.int32) },
    unary("short") { try $0.to(.int16) },
    unary("char") { try $0.to(.int8) },
    unary("byte") { try $0.to(.uint8) },
    unary("half") { try $0.to(.float16) },
    unary("bfloat16") { try $0.to(.bfloat16) },
    TensorMethod("to", variadic: "args", variadicKeywords: "options") { tensor, call, _ in
      value(try convert(tensor, call.extraPositional, call.bound.extraKeywords))
    },
    TensorMethod("type", [.init("dtype", default: .none)]) { tensor, call, _ in
      switch call["dtype"] {
      case .none: return .string(tensor.dtype.tensorTypeName)
      case .string(let typeName):
        guard let dtype = DType.allCases.first(where: { $0.tensorTypeName == typeName }) else {
          throw PythonError(.valueError, "invalid type: '\(typeName)'")
        }
        return value(try tensor.to(dtype))
      case .type(let type) where LegacyTensorTypes.dtype(of: type) != nil:
        // `t.type(torch.LongTensor)`: a legacy type names its dtype.
        return value(try tensor.to(LegacyTensorTypes.dtype(of: type) ?? tensor.dtype))
      default:
        guard let dtype = try call.dtype("dtype") else { return value(tensor) }
        return value(try tensor.to(dtype))
      }
    },
  ]

  /// `x.to(dtype)`, `x.to(other)`, `x.to("cpu")`, `x.to(device, dtype)`, `x.to(dtype=...)`.
  private static func convert(
    _ tensor: Tensor, _ positional: [Value], _ keywords: [(name: String, value: Value)]
  ) throws -> Tensor {
    var target: DType?
    for argument in positional {
      switch argument {
      case .native(let object as DTypeObject): target = object.dtype
      case .native(let object as TensorObject): target = object.tensor.dtype
      case .native(let object) where object is DeviceObject: continue
      case .string(let device):
        guard device == "cpu" else {
          throw PythonError(.runtimeError, "Gradbook runs on the CPU only (got device '\(device)')")
        }
      default:
        throw PythonError(
          .typeError,
          "to() received an invalid combination of arguments - got (\(argument.typeName)), but expected (torch.dtype dtype) or (Tensor other)"
        )
      }
    }
    for (name, argument) in keywords {
      switch (name, argument) {
      case ("dtype", .native(let object as DTypeObject)): target = object.dtype
      case ("device", _), ("copy", _), ("non_blocking", _): continue
      default:
        throw PythonError(.typeError, "to() got an unexpected keyword argument '\(name)'")
      }
    }
    guard let target else { return tensor }
    return try tensor.to(target)
  }
}
