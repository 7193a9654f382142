import Autograd
import PythonRuntime

/// The `torch.<name>(…, out=t)` forms: which functions accept `out=`, how each judges the out tensor's dtype,
/// and the kernel name PyTorch's refusal under autograd names. `TensorMethod.torchFunction` adds the keyword
/// to every function listed here and routes the result through `Tensor.writeOut`; methods never take `out=`.
///
/// Measured against PyTorch 2.15 by calling each function with float32 inputs and empty float32, float64 and
/// int64 out tensors. Functions whose out checks are worded their own way (`dot`, `amax`, `where`,
/// `index_select`, `sum`, `mean`, …) or which PyTorch refuses `out=` for (`relu`, `isnan`, `clone`, views)
/// are not listed and keep refusing the keyword.
extension TensorMethods {
  /// How one function treats `out=`.
  struct OutForm: Sendable {
    let rule: Tensor.OutDTypeRule
    /// The ATen kernel PyTorch names when refusing `out=` under autograd (`clip` → `clamp`); nil: the name.
    let kernel: String?
    /// Whether an input requiring grad makes PyTorch refuse (comparisons and `floor_divide` have no derivative).
    let differentiable: Bool

    init(_ rule: Tensor.OutDTypeRule, kernel: String? = nil, differentiable: Bool = true) {
      self.rule = rule
      self.kernel = kernel
      self.differentiable = differentiable
    }
  }

  static let outForms: [String: OutForm] = {
    var forms: [String: OutForm] = [:]
    // Elementwise ops with a float result and binary arithmetic: cast into out when allowed. (`std`/`var` are
    // left out: PyTorch computes them in the out tensor's dtype, a float64 out giving float64 precision.)
    let castable =
      "acos acosh asin asinh atan atanh cos cosh deg2rad erf erfc exp exp2 expm1 log log10 log1p log2 logit"
      + " rad2deg reciprocal rsqrt sigmoid sin sinc sinh sqrt tan tanh add sub mul div remainder"
      + " fmod atan2 hypot maximum minimum logaddexp xlogy"
    for name in castable.split(separator: " ") { forms[String(name)] = OutForm(.castable) }
    for (name, kernel) in [
      ("arccos", "acos"), ("arcsin", "asin"), ("arctan", "atan"), ("arctan2", "atan2"), ("square", "pow"),
      ("outer", "mul"), ("ger", "mul"), ("diff", "sub"),
    ] {
      forms[name] = OutForm(.castable, kernel: kernel)
    }
    for name in ["eq", "ne", "lt", "le", "gt", "ge", "logical_and", "logical_not", "floor_divide"] {
      forms[name] = OutForm(.castable, differentiable: false)
    }
    // Ops whose result keeps the input's dtype: out must have it.
    for name in ["abs", "ceil", "floor", "frac", "neg", "round", "sign", "trunc", "clamp"] {
      forms[name] = OutForm(.matching)
    }
    for (name, kernel) in [("negative", "neg"), ("fix", "trunc"), ("clip", "clamp")] {
      forms[name] = OutForm(.matching, kernel: kernel)
    }
    // Products, selections and triangles: out must have the result's dtype, worded as "Expected out tensor".
    for name in [
      "matmul", "mm", "bmm", "mv", "tril", "triu", "gather", "scatter", "scatter_add",
    ] {
      forms[name] = OutForm(.exact)
    }
    forms["index_add"] = OutForm(.exact)
    forms["take_along_dim"] = OutForm(.exact, kernel: "gather")
    forms["msort"] = OutForm(.exact, kernel: "sort")
    forms["norm"] = OutForm(.exact, kernel: "linalg_vector_norm")
    return forms
  }()

  /// The `out=` keyword's parameter, added after a function's own parameters.
  static let outParameter = Signature.Parameter("out", default: .none, keywordOnly: true)

  /// Runs `compute` (the function's body) and writes its tensor result into `call["out"]`, returning it.
  static func writeOut(
    _ form: OutForm, name: String, call: TorchCall, parameters: [Signature.Parameter],
    _ compute: () throws -> Value
  ) throws -> Value {
    let out = try call.tensor("out")
    var inputs: [Tensor] = []
    if form.differentiable {
      for parameter in parameters where parameter.name != "out" {
        if let tensor = TorchValues.tensor(call[parameter.name]) { inputs.append(tensor) }
      }
      inputs += call.extraPositional.compactMap { TorchValues.tensor($0) }
    }
    try Tensor.writeOut(out, function: form.kernel ?? name, inputs: inputs, dtypeRule: form.rule) {
      guard let result = TorchValues.tensor(try compute()) else {
        throw PythonError(.runtimeError, "\(name)(): out= needs a tensor result")
      }
      return result
    }
    // The very object given, as PyTorch returns it (`torch.add(a, b, out=o) is o`).
    return call["out"]
  }
}
