import Autograd
import PythonRuntime

/// The in-place twins PyTorch offers for out-of-place methods (`floor_`, `exp_`, `cumsum_(dim)`,
/// `masked_fill_(mask, value)`, …), each derived from its method: the same parameters, the result written into
/// the receiver through `Tensor.inPlace` (version counting, the leaf refusal, the dtype cast check, history
/// rebased onto the op's own node).
extension TensorMethods {
  /// The methods whose `name_` form is derived. Comparisons (`eq_`, …) are not: their result has no history
  /// to rebase onto, where PyTorch records one.
  static let derivedInPlaceNames: Set<String> = [
    "abs", "acos", "acosh", "arccos", "arcsin", "arctan", "arctan2", "asin", "asinh", "atan", "atan2",
    "atanh",
    "ceil", "cos", "cosh", "cumprod", "cumsum", "deg2rad", "erf", "erfc", "exp", "exp2", "expm1", "fix",
    "floor",
    "fmod", "frac", "hypot", "log", "log10", "log1p", "log2", "logit", "masked_fill", "nan_to_num", "neg",
    "negative", "rad2deg", "reciprocal", "relu", "round", "rsqrt", "sigmoid", "sign", "sin", "sinc", "sinh",
    "sqrt", "square", "tan", "tanh", "tril", "triu", "trunc", "xlogy",
  ]

  /// `name_` for every method of `methods` listed in `derivedInPlaceNames`.
  static func inPlaceForms(of methods: [TensorMethod]) -> [TensorMethod] {
    methods.filter { derivedInPlaceNames.contains($0.name) }.map { method in
      let (parameters, body) = (method.signature.parameters, method.body)
      return TensorMethod(
        method.name + "_", parameters, variadic: method.signature.variadicPositional,
        variadicKeywords: method.signature.variadicKeyword
      ) { tensor, call, context in
        let operands = parameters.compactMap { TorchValues.tensor(call[$0.name]) }
        return value(
          try tensor.inPlace(operands: operands) { input in
            guard let result = TorchValues.tensor(try body(input, call, context)) else {
              throw PythonError(.runtimeError, "\(method.name)_(): the operation gave no tensor")
            }
            return result
          })
      }
    }
  }
}
