/// A parameter and its gradient read in the parameter's precision for one optimizer update.
struct OptimizerOperands<T: BinaryFloatingPoint> {
  /// The parameter tensor the update writes back to.
  let parameter: Tensor
  var param: OptimizerBuffer<T>
  var grad: OptimizerBuffer<T>

  init(_ parameter: Tensor, _ gradTensor: Tensor) throws {
    self.parameter = parameter
    param = try OptimizerBuffer<T>(parameter)
    grad = try OptimizerBuffer<T>(gradTensor)
  }

  /// The number of elements.
  var count: Int { param.values.count }

  /// The gradient as every optimizer first prepares it: negated when maximizing, then with weight decay
  /// `grad.add(param, alpha=wd)`, one fused multiply-add as PyTorch's vectorised kernel computes it.
  mutating func prepareGradient(maximize: Bool, weightDecay: Double) {
    if maximize { for i in 0..<count { grad.values[i] = -grad.values[i] } }
    if weightDecay != 0 {
      let decay = T(weightDecay)
      for i in 0..<count { grad.values[i] = grad.values[i].addingProduct(param.values[i], decay) }
    }
  }

  /// Writes the updated parameter back in place.
  func storeParameter() {
    param.store(into: parameter)
  }
}
