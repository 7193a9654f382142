/// `import numpy as np` is accepted (the seed notebook does it); every member says numpy is absent and
/// names the torch spelling to use instead.
enum NumpyModule {
  static func make() -> ModuleObject {
    ModuleObject(name: "numpy") { name in PythonError.attributeError(absence(of: name)) }
  }

  /// The message for `numpy.NAME`, whether reached by attribute or by `from numpy import NAME`.
  static func absence(of name: String) -> String {
    if let spelling = torchSpelling[name] {
      return "numpy is not available in Gradbook; use \(spelling) instead of numpy.\(name)"
    }
    return "numpy is not available in Gradbook ('numpy.\(name)' is not provided); work with torch tensors, "
      + "made with torch.tensor(data)"
  }

  /// What a learner who reaches for a numpy name most likely wants in torch. Names whose torch function has
  /// the same name and meaning map to it; the others name their closest torch (or math) counterpart.
  static let torchSpelling: [String: String] = {
    var table: [String: String] = [:]
    let sameName = [
      "zeros", "ones", "empty", "full", "arange", "linspace", "eye", "zeros_like", "ones_like", "full_like",
      "empty_like", "exp", "log", "log1p", "sin", "cos", "tan", "tanh", "sqrt", "abs", "square", "sign", "sum",
      "mean", "std", "var", "prod", "cumsum", "max", "min", "argmax", "argmin", "maximum", "minimum", "dot",
      "matmul", "outer", "stack", "reshape", "transpose", "squeeze", "where", "allclose", "isnan", "isinf",
      "isfinite", "floor", "ceil", "round", "sort", "argsort", "unique", "diag", "tril", "triu", "einsum",
      "float32", "float64", "float16", "int64", "int32", "int16", "int8", "uint8",
    ]
    for name in sameName { table[name] = "torch.\(name)" }
    table["array"] = "torch.tensor"
    table["asarray"] = "torch.tensor"
    table["ndarray"] = "torch.Tensor"
    table["concatenate"] = "torch.cat"
    table["clip"] = "torch.clamp"
    table["power"] = "torch.pow"
    table["expand_dims"] = "torch.unsqueeze"
    table["bool_"] = "torch.bool"
    table["random"] = "torch.rand or torch.randn (seeded with torch.manual_seed)"
    table["pi"] = "math.pi"
    table["e"] = "math.e"
    table["inf"] = "math.inf"
    table["nan"] = "math.nan"
    table["newaxis"] = "None (as in t[:, None])"
    return table
  }()
}
