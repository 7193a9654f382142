import Autograd
import PythonRuntime

/// The parameterless elementwise layers: `nn.ReLU()`, `nn.Sigmoid()`, `nn.Tanh()`, `nn.Identity()`.
final class ElementwiseModule: NNModule {
  enum Kind: String, CaseIterable, Sendable {
    case relu = "ReLU", sigmoid = "Sigmoid", tanh = "Tanh", identity = "Identity"

    var file: String { self == .identity ? "linear" : "activation" }
  }

  let kind: Kind

  init(_ kind: Kind, type: TypeObject) {
    self.kind = kind
    super.init(type: type)
  }

  // `original` is always a ElementwiseModule: NNModule's copy calls this through `type(of:)`.
  required init(twinOf original: NNModule) {
    kind = (original as? ElementwiseModule)?.kind ?? .identity
    super.init(twinOf: original)
  }

  static let types: [TypeObject] = Kind.allCases.map { kind in
    moduleType(kind.rawValue, ElementwiseModule.self, file: kind.file) { type, arguments, context in
      let module = ElementwiseModule(kind, type: type)
      switch kind {
      case .relu:
        let call = try TorchCall(
          python: arguments, method: true,
          Signature("ReLU.__init__", [.init("inplace", default: .bool(false))]))
        module.attributes["inplace"] = .bool(try call.bool("inplace"))
      case .identity:
        // nn.Identity accepts and ignores any arguments.
        break
      case .sigmoid, .tanh:
        _ = try TorchCall(python: arguments, method: true, Signature("\(kind.rawValue).__init__", []))
      }
      return .native(module)
    }
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    let input = try forwardInput(arguments)
    return try TorchBridge.run(context) {
      switch kind {
      case .relu: return TensorObject.value(try input.relu())
      case .sigmoid: return TensorObject.value(try input.sigmoid())
      case .tanh: return TensorObject.value(try input.tanh())
      case .identity: return TensorObject.value(input)
      }
    }
  }

  override func extraRepr() -> String {
    if kind == .relu, case .bool(true) = setting("inplace") { return "inplace=True" }
    return ""
  }
}
