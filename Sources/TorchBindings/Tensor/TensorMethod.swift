import Autograd
import PythonRuntime

/// One tensor method: its parameters after `self`, its body, and whether `torch.<name>` offers the
/// same operation as a function taking the tensor as `input` (one declaration for both).
struct TensorMethod: Sendable {
  /// How `torch.<name>` relates to the method.
  enum Function: Sendable {
    /// There is no `torch.<name>` for this method.
    case none
    /// `torch.<name>(input, …)` takes the method's parameters after `input`.
    case same
    /// `torch.<name>` takes its own parameters, the first being `input`; e.g. `torch.reshape(input,
    /// shape)`, where the method also accepts `*shape`.
    case parameters([Signature.Parameter])
  }

  let name: String
  /// The method's parameters (without `self`); its function name is how error messages call it.
  let signature: Signature
  let function: Function
  /// Runs the operation on the receiver (or `input`) with the other arguments bound.
  let body: @Sendable (Tensor, TorchCall, NativeContext) throws -> Value

  /// `messageName` names the method in argument errors when PyTorch does not use `name`
  /// (`Tensor.backward() got an unexpected keyword argument …`).
  init(
    _ name: String, _ parameters: [Signature.Parameter] = [], variadic: String? = nil,
    variadicKeywords: String? = nil, messageName: String? = nil, torch function: Function = .none,
    _ body: @escaping @Sendable (Tensor, TorchCall, NativeContext) throws -> Value
  ) {
    self.name = name
    self.signature = Signature(
      messageName ?? name, parameters, variadicPositional: variadic, variadicKeyword: variadicKeywords)
    self.function = function
    self.body = body
  }

  /// Methods without parameters here that PyTorch nevertheless parses with its argument parser (they take a
  /// `memory_format=` Gradbook leaves out, or are Python methods), so their errors keep Python's wording.
  static let parsedWithoutParameters: Set<String> = [
    "bfloat16", "bool", "byte", "char", "clone", "contiguous", "cpu", "double", "float", "half", "int",
    "is_contiguous", "long", "nonzero", "numpy", "short",
  ]

  /// Whether PyTorch implements the method in C taking no argument (`METH_NOARGS`), which words a wrong call
  /// as `TensorBase.log1p() takes no arguments (1 given)`.
  var takesNoArguments: Bool {
    signature.parameters.isEmpty && signature.variadicPositional == nil && signature.variadicKeyword == nil
      && !Self.parsedWithoutParameters.contains(name)
  }

  /// Methods PyTorch writes in Python (`torch/_tensor.py`), whose argument errors are CPython's and count `self`:
  /// `Tensor.split() missing 1 required positional argument: 'split_size'`.
  static let pythonLevel: Set<String> = ["backward", "norm", "register_hook", "split"]

  /// The method as a member of `torch.Tensor`.
  var member: Member {
    let (name, signature, body) = (self.name, self.signature, self.body)
    if Self.pythonLevel.contains(name) {
      var withSelfSignature = signature
      withSelfSignature.functionName = "Tensor.\(name)"
      withSelfSignature.parameters.insert("self", at: 0)
      let pythonSignature = withSelfSignature
      return .method(name, .parameters(signature)) { receiver, arguments, context in
        let object: TensorObject = try Member.native(receiver, name)
        var withSelf = arguments
        withSelf.positional.insert(receiver, at: 0)
        _ = try withSelf.bind(pythonSignature)
        let call = try TorchCall(arguments, signature)
        return try TorchBridge.run(context) { try body(object.tensor, call, context) }
      }
    }
    if takesNoArguments {
      return .method(name, .positional(0...0)) { receiver, arguments, context in
        let object: TensorObject = try Member.native(receiver, name)
        try CMethod.check(arguments, "TensorBase", name, count: 0)
        let call = try TorchCall(arguments, signature)
        return try TorchBridge.run(context) { try body(object.tensor, call, context) }
      }
    }
    return .method(name, .parameters(signature)) { receiver, arguments, context in
      let object: TensorObject = try Member.native(receiver, name)
      let call = try TorchCall(arguments, signature)
      return try TorchBridge.run(context) { try body(object.tensor, call, context) }
    }
  }

  /// `torch.<name>(input, …)`, or nil when the method has no function form.
  var torchFunction: BuiltinFunction? {
    var functionSignature: Signature
    switch function {
    case .none: return nil
    case .same:
      functionSignature = Signature(
        name, ["input"] + signature.parameters, variadicPositional: signature.variadicPositional)
    case .parameters(let parameters):
      functionSignature = Signature(name, parameters)
    }
    let outForm = TensorMethods.outForms[name]
    if outForm != nil { functionSignature.parameters.append(TensorMethods.outParameter) }
    let name = self.name
    let body = self.body
    let signature = functionSignature
    return BuiltinFunction(name: name) { arguments, context in
      // PyTorch reports a missing `input` before anything else it finds wrong with the call.
      guard !arguments.positional.isEmpty || arguments.keywords.contains(where: { $0.name == "input" }) else {
        throw PythonError.typeError("\(name)() missing 1 required positional arguments: \"input\"")
      }
      let call = try TorchCall(arguments, signature)
      let tensor = try call.tensor("input")
      if let outForm, call.has("out") {
        return try TorchBridge.run(context) {
          try TensorMethods.writeOut(
            outForm, name: name, call: call, parameters: signature.parameters
          ) {
            try body(tensor, call, context)
          }
        }
      }
      return try TorchBridge.run(context) { try body(tensor, call, context) }
    }
  }
}
