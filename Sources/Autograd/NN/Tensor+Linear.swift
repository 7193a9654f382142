/// `torch.addmm` and `torch.nn.functional.linear`, with PyTorch's dispatch between them.
extension Tensor {
  /// `torch.addmm(bias, mat1, mat2)`: `bias + mat1 @ mat2` (`AddmmBackward0`, edges bias, mat1, mat2).
  ///
  /// The product is the engine's `mm` kernel and the bias is added to it afterwards, rounding once more:
  /// PyTorch 2.15's CPU `addmm` gives bit-for-bit `mm(mat1, mat2) + bias` (checked on 300 random float32
  /// shapes), so `linear` and `x @ w.t() + b` agree here exactly as they do there.
  public static func addmm(_ bias: Tensor, _ mat1: Tensor, _ mat2: Tensor) throws -> Tensor {
    if bias.dtype != mat2.dtype {
      throw AutogradError.runtime(
        "self and mat2 must have the same dtype, but got \(bias.dtype.scalarTypeName) and \(mat2.dtype.scalarTypeName)"
      )
    }
    if mat1.dtype != mat2.dtype {
      throw AutogradError.runtime(
        "mat1 and mat2 must have the same dtype, but got \(mat1.dtype.scalarTypeName) and \(mat2.dtype.scalarTypeName)"
      )
    }
    guard mat1.rank == 2 else {
      throw AutogradError.runtime("addmm: self must be a matrix, got \(mat1.rank)-D tensor")
    }
    guard mat2.rank == 2 else {
      throw AutogradError.runtime("addmm: mat2 must be a matrix, got \(mat2.rank)-D tensor")
    }
    guard mat1.shape[1] == mat2.shape[0] else {
      throw AutogradError.runtime(
        "addmm: mat1 and mat2 shapes cannot be multiplied (\(mat1.shape[0])x\(mat1.shape[1]) and \(mat2.shape[0])x\(mat2.shape[1]))"
      )
    }
    if mat1.dtype == .bool {
      throw AutogradError(.notImplementedError, "\"addmm_impl_cpu_\" not implemented for 'Bool'")
    }
    let (n, k, m) = (mat1.shape[0], mat1.shape[1], mat2.shape[1])
    let expandedBias = try bias.detach().expand([n, m])
    let product = try Tensor.matrixProduct(
      try mat1.floatValues(), try mat2.floatValues(), n: n, k: k, m: m, dtype: mat1.dtype)
    let output: Tensor
    if mat1.dtype.isFloatingPoint {
      let biasValues = try expandedBias.floatValues()
      var sums = product
      for i in sums.indices { sums[i] += biasValues[i] }
      output = Tensor(shape: [n, m], dtype: mat1.dtype, floats: sums)
    } else {
      let biasValues = try expandedBias.integerValues()
      let sums = zip(product, biasValues).map { Scalar.truncatingToInt64($0) &+ $1 }
      output = Tensor(shape: [n, m], dtype: mat1.dtype, integers: sums)
    }
    let mat1Needed = mat1.requiresGrad
    let mat2Needed = mat2.requiresGrad
    var saving: [Tensor] = []
    if mat2Needed { saving.append(mat1) }
    if mat1Needed { saving.append(mat2) }
    try record("AddmmBackward0", inputs: [bias, mat1, mat2], outputs: [output], saving: saving) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil, nil] }
      let savedMat1 = mat2Needed ? saved[0] : nil
      let savedMat2 = mat1Needed ? saved[mat2Needed ? 1 : 0] : nil
      return [
        grad,
        try savedMat2.map { try grad.mm($0.t()) },
        try savedMat1.map { try $0.t().mm(grad) },
      ]
    }
    return output
  }

  /// `torch.nn.functional.linear(input, weight, bias)`: `input @ weight.T + bias`, built from the same
  /// nodes PyTorch 2.15 records.
  ///
  /// A 2-D input with a bias is one `addmm`. Any other contiguous input with a 1-D (or squeezable to
  /// 1-D) contiguous bias is flattened to rows, multiplied with `addmm` and viewed back
  /// (`UnsafeViewBackward0` over `AddmmBackward0`). Everything else is `matmul(input, weight.t())`
  /// followed by an in-place `add_` of the bias (`AddBackward0`).
  public static func linear(_ input: Tensor, weight: Tensor, bias: Tensor? = nil) throws -> Tensor {
    guard input.rank != 0, weight.rank != 0 else {
      throw AutogradError.runtime(
        "both arguments to linear need to be at least 1D, but they are \(input.rank)D and \(weight.rank)D")
    }
    if let bias = bias, input.rank == 2 {
      return try addmm(bias, input, try weight.t())
    }
    if let bias = bias, input.isContiguous, bias.isContiguous,
      bias.rank == 1 || bias.shape.filter({ $0 != 1 }).count == 1
    {
      return try flattenedLinear(input, weight: weight, bias: bias)
    }
    let product = try linearProduct(input, weight: weight)
    guard let bias = bias else { return product }
    // PyTorch adds in place into matmul's fresh result; an out-of-place add records the same
    // `AddBackward0` without rebasing the engine's squeeze view of a 1-D product through `CopySlices`.
    let sum = try Tensor.add(.tensor(product), .tensor(bias))
    if sum.dtype != product.dtype {
      throw AutogradError.runtime(
        "result type \(sum.dtype.scalarTypeName) can't be cast to the desired output type \(product.dtype.scalarTypeName)"
      )
    }
    if sum.shape != product.shape {
      throw AutogradError.runtime(
        "output with shape \(product.shape) doesn't match the broadcast shape \(sum.shape)")
    }
    return sum
  }

  /// `linear` on a contiguous input of any rank: rows through `addmm`, then viewed back.
  private static func flattenedLinear(_ input: Tensor, weight: Tensor, bias: Tensor) throws -> Tensor {
    let features = input.shape[input.rank - 1]
    let rows = Shape.count(Array(input.shape.dropLast()))
    let flat = try input.reshape([rows, features])
    let result = try addmm(bias, flat, try weight.t())
    return try result.unsafeView(Array(input.shape.dropLast()) + [result.shape[1]])
  }

  /// `matmul(input, weight.t())` with `matmul`'s graph (a row fold for 3-D and larger inputs) and the
  /// `mm:` messages PyTorch's `linear` raises.
  private static func linearProduct(_ input: Tensor, weight: Tensor) throws -> Tensor {
    let transposed = try weight.t()
    guard input.rank >= 3, transposed.rank == 2 else { return try input.matmul(transposed) }
    let features = input.shape[input.rank - 1]
    let rows = try input.reshape([Shape.count(Array(input.shape.dropLast())), features])
    let product = try rows.mm(transposed)
    return try product.unsafeView(Array(input.shape.dropLast()) + [transposed.shape[1]])
  }
}
