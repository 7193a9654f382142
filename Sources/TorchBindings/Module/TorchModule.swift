import Autograd
import PythonRuntime

/// `import torch`: creation functions, math on tensors, grad modes, RNG, dtypes, `Size`, `Tensor`
/// and `torch.autograd`, all bound to the Swift engine.
///
/// The functions are immutable tables shared by every session; each session gets its own module
/// objects (cells may assign module attributes).
enum TorchModule {
  /// The version the course and its expected outputs target.
  static let version = "2.15.0"

  /// Dtype names PyTorch has but Gradbook's engine does not.
  static let unsupportedDTypes: Set<String> = [
    "complex64", "complex128", "cfloat", "cdouble", "uint16", "uint32", "uint64",
  ]

  /// The functions `torch` declares itself, and those it forwards to tensor methods.
  static let functions: [BuiltinFunction] =
    creation + random + gradModes + misc + files + defaultDeviceFunctions + TensorMethods.torchFunctions

  /// Every attribute of a fresh `torch` module, with any name declared twice.
  static func namespace() -> Namespace<Value> {
    var entries = functions.map { ($0.name, Value.builtin($0)) }
    entries += [
      ("__version__", .string(version)), ("Tensor", .type(TensorObject.type)),
      ("Size", .type(SizeObject.type)),
      ("dtype", .type(DTypeObject.type)), ("float", DTypeObject.value(.float32)),
      ("double", DTypeObject.value(.float64)), ("long", DTypeObject.value(.int64)),
      ("default_generator", .native(GeneratorObject.shared)), ("Generator", .type(GeneratorObject.type)),
      (
        "autograd",
        .module(
          ModuleObject(
            name: "torch.autograd",
            attributes: Namespace(functions: autogradFunctions).values.merging([
              "Function": .type(AutogradFunction.type)
            ]) { own, _ in own }))
      ),
      (
        "cuda",
        .module(ModuleObject(name: "torch.cuda", attributes: Namespace(functions: cudaFunctions).values))
      ),
      ("nn", .module(NNNamespace.make())), ("optim", .module(OptimNamespace.make())),
      ("utils", .module(DataNamespace.makeUtils())),
    ]
    entries += deviceModules()
    entries += LegacyTensorTypes.entries
    entries += DType.allCases.map { ($0.rawValue, DTypeObject.value($0)) }
    entries += [("int", DType.int32), ("short", .int16), ("half", .float16)].map {
      ($0.0, DTypeObject.value($0.1))
    }
    return Namespace(entries)
  }

  /// Builds the module for one session (whose fresh engine context has grad mode on and the default seed,
  /// as a fresh Python process would have them).
  static func make(context: NativeContext) throws -> ModuleObject {
    return ModuleObject(name: "torch", attributes: namespace().values) { name in
      if unsupportedDTypes.contains(name) {
        return PythonError(
          .attributeError,
          "torch.\(name) is not available in Gradbook; it has the real dtypes from torch.bool and torch.uint8 to torch.float64"
        )
      }
      return PythonError.attributeError("module 'torch' has no attribute '\(name)'")
    }
  }
}
