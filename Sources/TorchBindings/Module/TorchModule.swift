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
    "int32", "int", "int16", "short", "int8", "uint8", "float16", "half", "bfloat16", "complex64",
    "complex128", "cfloat", "cdouble", "uint16", "uint32", "uint64",
  ]

  /// The functions `torch` declares itself, and those it forwards to tensor methods.
  static let functions: [BuiltinFunction] =
    creation + random + gradModes + misc + TensorMethods.torchFunctions

  /// Every attribute of a fresh `torch` module, with any name declared twice.
  static func namespace() -> Namespace<Value> {
    var entries = functions.map { ($0.name, Value.builtin($0)) }
    entries += [
      ("__version__", .string(version)), ("Tensor", .type(TensorObject.type)),
      ("Size", .type(SizeObject.type)),
      ("dtype", .type(DTypeObject.type)), ("float", DTypeObject.value(.float32)),
      ("double", DTypeObject.value(.float64)), ("long", DTypeObject.value(.int64)),
      ("default_generator", .native(GeneratorObject.shared)),
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
    // The narrow dtypes exist in the engine; torch names them once their bindings are checked.
    entries += [DType.float32, .float64, .int64, .bool].map { ($0.rawValue, DTypeObject.value($0)) }
    return Namespace(entries)
  }

  /// Builds the module for one session (whose fresh engine context has grad mode on and the default seed,
  /// as a fresh Python process would have them).
  static func make(context: NativeContext) throws -> ModuleObject {
    return ModuleObject(name: "torch", attributes: namespace().values) { name in
      if unsupportedDTypes.contains(name) {
        return PythonError(
          .attributeError,
          "torch.\(name) is not available in Gradbook; the supported dtypes are torch.float32, torch.float64, torch.int64 and torch.bool"
        )
      }
      return PythonError.attributeError("module 'torch' has no attribute '\(name)'")
    }
  }
}
