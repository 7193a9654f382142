import Autograd
import PythonRuntime

/// PyTorch's messages for a legacy typed constructor (`torch.FloatTensor(...)`) called wrongly.
enum LegacyConstructorMessages {
  /// The overloads PyTorch lists for the legacy `new()`.
  static let overloads = [
    "(*, torch.device device = None)", "(torch.Storage storage)", "(Tensor other)",
    "(tuple of ints size, *, torch.device device = None)", "(object data, *, torch.device device = None)",
  ]

  /// `new() received an invalid combination of arguments - got (…), but expected one of: …`, with `detail`
  /// under the first overload. (PyTorch sometimes places a keyword complaint under other overloads, in an order
  /// that follows its internal tables; the first is where it puts it for a tensor or sizes with a keyword.)
  static func invalidCombination(_ arguments: Arguments, detail: String) -> PythonError {
    var got = arguments.positional.map(typeName).joined(separator: ", ")
    // Keywords come last, latest first; with no positional argument each is followed by ", ".
    let keywords = arguments.keywords.reversed().map { "\($0.name)=\(typeName($0.value))" }
    if arguments.positional.isEmpty {
      got += keywords.map { $0 + ", " }.joined()
    } else {
      got += keywords.map { ", " + $0 }.joined()
    }
    var lines = ["new() received an invalid combination of arguments - got (\(got)), but expected one of:"]
    for (index, overload) in overloads.enumerated() {
      lines.append(" * " + overload)
      if index == 0 { lines.append("      " + detail) }
    }
    return PythonError(.typeError, lines.joined(separator: "\n") + "\n")
  }

  /// The name PyTorch's argument parser gives a value's type.
  static func typeName(_ value: Value) -> String {
    switch value {
    case .native(let object) where object is TensorObject: return "Tensor"
    case .native(let object) where object is DTypeObject: return "torch.dtype"
    case .native(let object) where object is DeviceObject: return "torch.device"
    default: return value.typeName
    }
  }

  /// A value as the parser describes it among invalid types: `list of [int, float]` (each element type once),
  /// `tuple of (int, int)` (every element), or the type name.
  static func describe(_ value: Value) -> String {
    switch value {
    case .list(let list):
      var seen: [String] = []
      for name in list.elements.map(typeName) where !seen.contains(name) { seen.append(name) }
      return "list of [\(seen.joined(separator: ", "))]"
    case .tuple(let items): return "tuple of (\(items.map(typeName).joined(separator: ", ")))"
    default: return typeName(value)
    }
  }

  /// The `TensorOptions(...)` text of a legacy constructor's type check.
  static func options(_ dtype: DType) -> String {
    "TensorOptions(dtype=\(dtype.cTypeName), device=cpu, layout=Strided, requires_grad=false (default), pinned_memory=false (default), memory_format=(nullopt))"
  }

  /// The device types PyTorch's device strings may name.
  static let deviceTypes = [
    "cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga", "maia", "xla",
    "lazy",
    "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone",
  ]

  /// `device=`: the CPU passes; another device type gets PyTorch's legacy-constructor refusal.
  static func checkDevice(_ device: Value) throws {
    let type: String
    switch device {
    case .none: return
    case .native(let object) where object is DeviceObject: return
    case .int: type = "cuda"
    case .string(let text):
      let name = String(text.prefix { $0 != ":" })
      guard deviceTypes.contains(name) else {
        throw PythonError(
          .runtimeError,
          "Expected one of \(deviceTypes.joined(separator: ", ")) device type at start of device string: \(text)"
        )
      }
      type = name
    default:
      throw PythonError(.typeError, "new(): argument 'device' must be torch.device, not \(device.typeName)")
    }
    if type != "cpu" {
      throw PythonError(
        .runtimeError, "legacy constructor expects device type: cpu but device type: \(type) was passed")
    }
  }
}
