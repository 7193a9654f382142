/// Matrix products: `mm`, `mv`, `dot`, `bmm` and `matmul` (`@`) with PyTorch's dispatch and grad_fn names.
extension Tensor {
  /// Multiplies row-major `a` (n×k) by `b` (k×m) in the dtype's arithmetic (i-k-j order, contiguous rows).
  ///
  /// Known gap: float32 `dot`, `mv` and `mm` with an inner dimension of 192 or more can differ from PyTorch in
  /// the last bit. PyTorch 2.15 calls MKL (`sdot`/`sgemv`/`sgemm`), whose summation tree is chosen per CPU
  /// (AVX-512 here) and per length: probing `dot` with one 2^24 among ones shows the lost ones depend on the
  /// length and on the big value's position in blocks of 8 and 32, not a plain lane or pairwise order, so it is
  /// not reproduced (about half of random float32 dots of length 3…100 differ from sequential summation).
  static func matrixProduct(_ a: [Double], _ b: [Double], n: Int, k: Int, m: Int, dtype: DType) throws -> [Double] {
    let (rows, rowsOverflow) = n.multipliedReportingOverflow(by: k)
    let (work, workOverflow) = rows.multipliedReportingOverflow(by: m)
    try AutogradContext.current.chargeWork(rowsOverflow || workOverflow ? Int.max : work)
    var result = [Double](repeating: 0, count: n * m)
    // float16 and bfloat16 products accumulate in float, as PyTorch's CPU kernels do.
    if dtype.computesInFloat {
      let left = a.map { Float($0) }
      let right = b.map { Float($0) }
      var out = [Float](repeating: 0, count: n * m)
      left.withUnsafeBufferPointer { l in
        right.withUnsafeBufferPointer { r in
          out.withUnsafeMutableBufferPointer { o in
            guard let lp = l.baseAddress, let rp = r.baseAddress, let op = o.baseAddress else { return }
            if Tensor.usesFusedAccumulation(n: n, k: k, m: m) {
              Tensor.fusedGemm(lp, rp, op, n: n, k: k, m: m)
            } else {
              Tensor.gemm(lp, rp, op, n: n, k: k, m: m)
            }
          }
        }
      }
      for i in 0..<out.count { result[i] = Double(out[i]) }
      return result
    }
    if dtype == .float64 {
      a.withUnsafeBufferPointer { l in
        b.withUnsafeBufferPointer { r in
          result.withUnsafeMutableBufferPointer { o in
            guard let lp = l.baseAddress, let rp = r.baseAddress, let op = o.baseAddress else { return }
            Tensor.gemm(lp, rp, op, n: n, k: k, m: m)
          }
        }
      }
      return result
    }
    // Integers: wrap like int64 arithmetic.
    var out = [Int64](repeating: 0, count: n * m)
    for i in 0..<n {
      for p in 0..<k {
        let factor = Scalar.truncatingToInt64(a[i * k + p])
        for j in 0..<m { out[i * m + j] = out[i * m + j] &+ factor &* Scalar.truncatingToInt64(b[p * m + j]) }
      }
    }
    return out.map { Double(dtype.wrapped($0)) }
  }

  /// `out += l · r` for row-major n×k and k×m matrices; i-k-j order so the inner loop streams rows.
  @inline(__always)
  static func gemm<T: BinaryFloatingPoint>(
    _ l: UnsafePointer<T>, _ r: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, n: Int, k: Int, m: Int
  ) {
    gemmLoop(l, r, out, n: n, k: k, m: m) { sum, factor, value in sum + factor * value }
  }

  /// The i-k-j loop shared by `gemm` and `fusedGemm`; `accumulate(sum, factor, value)` is one step.
  @inline(__always)
  static func gemmLoop<T: BinaryFloatingPoint>(
    _ l: UnsafePointer<T>, _ r: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, n: Int, k: Int, m: Int,
    accumulate: (T, T, T) -> T
  ) {
    for i in 0..<n {
      let outRow = out + i * m
      let leftRow = l + i * k
      for p in 0..<k {
        let factor = leftRow[p]
        let rightRow = r + p * m
        for j in 0..<m { outRow[j] = accumulate(outRow[j], factor, rightRow[j]) }
      }
    }
  }

  /// Whether PyTorch's CPU BLAS (as measured against PyTorch 2.15 on x86-64) accumulates this float32
  /// product with fused multiply-adds: outputs at least 4 rows by 16 columns with a short inner dimension.
  /// Smaller products accumulate with separate multiply and add, which `gemm` reproduces exactly.
  static func usesFusedAccumulation(n: Int, k: Int, m: Int) -> Bool {
    n >= 4 && m >= 16 && k < 192
  }

  /// `gemm` with each step as one fused multiply-add (`out + factor × right`, rounded once).
  static func fusedGemm(
    _ l: UnsafePointer<Float>, _ r: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, n: Int, k: Int,
    m: Int
  ) {
    gemmLoop(l, r, out, n: n, k: k, m: m) { sum, factor, value in sum.addingProduct(factor, value) }
  }

  static func matmulDType(_ a: Tensor, _ b: Tensor, op: String) throws -> DType {
    if a.dtype != b.dtype {
      throw AutogradError.runtime(
        "expected m1 and m2 to have the same dtype, but got: \(a.dtype.cTypeName) != \(b.dtype.cTypeName)")
    }
    if a.dtype == .bool { throw AutogradError(.notImplementedError, "\"\(op)\" not implemented for 'Bool'") }
    return a.dtype
  }

  /// `a.mm(b)` for 2-D tensors (`MmBackward0`).
  public func mm(_ other: Tensor) throws -> Tensor {
    guard rank == 2 else { throw AutogradError.runtime("self must be a matrix") }
    guard other.rank == 2 else { throw AutogradError.runtime("mat2 must be a matrix") }
    guard shape[1] == other.shape[0] else {
      throw AutogradError.runtime(
        "mm: mat1 and mat2 shapes cannot be multiplied (\(shape[0])x\(shape[1]) and \(other.shape[0])x\(other.shape[1]))"
      )
    }
    let dtype = try Tensor.matmulDType(self, other, op: "addmm_impl_cpu_")
    let (n, k, m) = (shape[0], shape[1], other.shape[1])
    _ = try Shape.checkedCount([n, m])
    let values = try Tensor.matrixProduct(
      try floatValues(), try other.floatValues(), n: n, k: k, m: m, dtype: dtype)
    let output = Tensor(shape: [n, m], dtype: dtype, floats: values)
    try Tensor.recordBilinear(
      "MmBackward0", self, other, output: output, gradLeft: { grad, right in try grad.mm(right.t()) },
      gradRight: { grad, left in try left.t().mm(grad) })
    return output
  }

  /// `a.mv(v)`: matrix × vector (`MvBackward0`).
  public func mv(_ vector: Tensor) throws -> Tensor {
    guard rank == 2, vector.rank == 1 else {
      throw AutogradError.runtime("vector + matrix @ vector expected, got 1, \(rank), \(vector.rank)")
    }
    guard shape[1] == vector.shape[0] else {
      throw AutogradError.runtime(
        "size mismatch, got input (\(shape[0])), mat (\(shape[0])x\(shape[1])), vec (\(vector.shape[0]))")
    }
    let dtype = try Tensor.matmulDType(self, vector, op: "addmv_impl_cpu")
    let values = try Tensor.matrixProduct(
      try floatValues(), try vector.floatValues(), n: shape[0], k: shape[1], m: 1, dtype: dtype)
    let output = Tensor(shape: [shape[0]], dtype: dtype, floats: values)
    try Tensor.record("MvBackward0", inputs: [self, vector], outputs: [output], saving: [self, vector]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      let matrix = saved[0]
      let vec = saved[1]
      let gradMatrix = try grad.unsqueeze(1).mul(.tensor(vec.unsqueeze(0)))
      let gradVector = try matrix.t().mv(grad)
      return [gradMatrix, gradVector]
    }
    return output
  }

  /// `a.dot(b)` for 1-D tensors (`DotBackward0`).
  public func dot(_ other: Tensor) throws -> Tensor {
    guard rank == 1, other.rank == 1 else {
      throw AutogradError.runtime(
        "1D tensors expected, but got \(rank)D and \(other.rank)D tensors")
    }
    guard shape[0] == other.shape[0] else {
      throw AutogradError.runtime(
        "inconsistent tensor size, expected tensor [\(shape[0])] and src [\(other.shape[0])] to have the same number of elements, but got \(shape[0]) and \(other.shape[0]) elements respectively"
      )
    }
    if dtype != other.dtype {
      throw AutogradError.runtime(
        "dot : expected both vectors to have same dtype, but found \(dtype.scalarTypeName) and \(other.dtype.scalarTypeName)"
      )
    }
    let values = try Tensor.matrixProduct(
      try floatValues(), try other.floatValues(), n: 1, k: shape[0], m: 1, dtype: dtype)
    let output = Tensor(shape: [], dtype: dtype, floats: values)
    try Tensor.record("DotBackward0", inputs: [self, other], outputs: [output], saving: [self, other]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      return [try saved[1].mul(.tensor(grad)), try saved[0].mul(.tensor(grad))]
    }
    return output
  }

  /// `torch.bmm(a, b)` for 3-D tensors (`BmmBackward0`).
  public func bmm(_ other: Tensor) throws -> Tensor {
    guard rank == 3 else { throw AutogradError.runtime("batch1 must be a 3D tensor") }
    guard other.rank == 3 else { throw AutogradError.runtime("batch2 must be a 3D tensor") }
    guard shape[0] == other.shape[0], shape[2] == other.shape[1] else {
      throw AutogradError.runtime(
        "Expected size for first two dimensions of batch2 tensor to be: [\(shape[0]), \(shape[2])] but got: [\(other.shape[0]), \(other.shape[1])]."
      )
    }
    let dtype = try Tensor.matmulDType(self, other, op: "bmm")
    let (batch, n, k, m) = (shape[0], shape[1], shape[2], other.shape[2])
    _ = try Shape.checkedCount([batch, n, m])
    let left = try floatValues()
    let right = try other.floatValues()
    var values: [Double] = []
    values.reserveCapacity(batch * n * m)
    for b in 0..<batch {
      let a = Array(left[(b * n * k)..<((b + 1) * n * k)])
      let c = Array(right[(b * k * m)..<((b + 1) * k * m)])
      values.append(contentsOf: try Tensor.matrixProduct(a, c, n: n, k: k, m: m, dtype: dtype))
    }
    let output = Tensor(shape: [batch, n, m], dtype: dtype, floats: values)
    try Tensor.record("BmmBackward0", inputs: [self, other], outputs: [output], saving: [self, other]) {
      grads, saved in
      guard let grad = grads[0] else { return [nil, nil] }
      return [
        try grad.bmm(saved[1].transpose(1, 2)),
        try saved[0].transpose(1, 2).bmm(grad),
      ]
    }
    return output
  }

  /// `a @ b` / `torch.matmul`: dot, mv, mm, or broadcast batched products, as PyTorch dispatches them.
  public func matmul(_ other: Tensor) throws -> Tensor {
    switch (rank, other.rank) {
    case (0, _), (_, 0):
      throw AutogradError.runtime(
        "both arguments to matmul need to be at least 1D, but they are \(rank)D and \(other.rank)D")
    case (1, 1):
      return try dot(other)
    case (2, 1):
      return try mv(other)
    case (2, 2):
      return try mm(other)
    case (1, 2):
      guard shape[0] == other.shape[0] else {
        throw AutogradError.runtime(
          "mm: mat1 and mat2 shapes cannot be multiplied (1x\(shape[0]) and \(other.shape[0])x\(other.shape[1]))"
        )
      }
      return try unsqueeze(0).mm(other).squeezeNamed(dim: 0, name: "SqueezeBackward4")
    case (_, 2) where rank >= 3:
      // Fold the batch into rows: (..., n, k) @ (k, m).
      let k = shape[rank - 1]
      guard k == other.shape[0] else {
        throw AutogradError.runtime(
          "mat1 and mat2 shapes cannot be multiplied (\(count / Swift.max(k, 1))x\(k) and \(other.shape[0])x\(other.shape[1]))"
        )
      }
      let rows = try reshape([-1, k])
      let product = try rows.mm(other)
      return try product.unsafeView(Array(shape.dropLast()) + [other.shape[1]])
    default:
      return try batchedMatmul(other)
    }
  }

  /// Broadcast batched product of tensors with at least one ≥3-D operand.
  func batchedMatmul(_ other: Tensor) throws -> Tensor {
    let left = rank == 1 ? try unsqueeze(0) : self
    let right = other.rank == 1 ? try other.unsqueeze(1) : other
    let n = left.shape[left.rank - 2]
    let k = left.shape[left.rank - 1]
    let k2 = right.shape[right.rank - 2]
    let m = right.shape[right.rank - 1]
    guard k == k2 else {
      throw AutogradError.runtime(
        "Expected size for first two dimensions of batch2 tensor to be: [\(Shape.count(Array(left.shape.dropLast(2)))), \(k)] but got: [\(Shape.count(Array(right.shape.dropLast(2)))), \(k2)]."
      )
    }
    let batchShape = try Shape.broadcast(Array(left.shape.dropLast(2)), Array(right.shape.dropLast(2)))
    let batch = try Shape.checkedCount(batchShape)
    let leftExpanded = try left.expand(batchShape + [n, k]).reshape([batch, n, k])
    let rightExpanded = try right.expand(batchShape + [k, m]).reshape([batch, k, m])
    var resultShape = batchShape + [n, m]
    let product = try leftExpanded.bmm(rightExpanded)
    if rank == 1 { resultShape.remove(at: resultShape.count - 2) }
    if other.rank == 1 { resultShape.removeLast() }
    return try product.unsafeView(resultShape)
  }
}
