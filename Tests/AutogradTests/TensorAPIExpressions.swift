@testable import Autograd

/// The Swift twins of `Data/tensor_api_expressions.py`: each closure returns the text Python shows.
enum TensorAPIExpressions {
  static func r(_ tensor: Tensor) -> String { tensor.description }

  /// Python's repr of a tuple of tensors: `(tensor(...), tensor(...))`, `(tensor(...),)`.
  static func tuple(_ tensors: [Tensor]) -> String {
    if tensors.count == 1 { return "(" + tensors[0].description + ",)" }
    return "(" + tensors.map(\.description).joined(separator: ", ") + ")"
  }

  static func arange(_ n: Double) throws -> Tensor { try Tensor.arange(end: .float(n)) }

  /// `view.add_(other)`, returning the view.
  static func inplace(_ view: Tensor, _ other: Operand = .float(1)) throws -> String {
    r(try view.add_(other))
  }

  static func table() throws -> [String: () throws -> String] {
    let M = try arange(10).reshape([5, 2])
    let S = try Tensor.scalar(.float(1))
    var table: [String: () throws -> String] = [:]
    for (name, body) in splitting(M, S) { table[name] = body }
    for (name, body) in try reductions() { table[name] = body }
    for (name, body) in try valueTests() { table[name] = body }
    for (name, body) in try ordering() { table[name] = body }
    for (name, body) in try indexing() { table[name] = body }
    for (name, body) in try matrices() { table[name] = body }
    for (name, body) in try advancedIndexing() { table[name] = body }
    for (name, body) in try more() { table[name] = body }
    for (name, body) in try moments() { table[name] = body }
    for (name, body) in try outArguments() { table[name] = body }
    for (name, body) in try counting() { table[name] = body }
    for (name, body) in try nanReductions() { table[name] = body }
    for (name, body) in try rearranging() { table[name] = body }
    for (name, body) in try crossAndHistograms() { table[name] = body }
    return table
  }

  /// `target[indices] = value`, returning the target's repr.
  static func setitem(_ target: Tensor, _ indices: [TensorIndex], _ value: Operand) throws -> String {
    try target.setIndex(indices, value)
    return r(target)
  }

  /// `torch.return_types.sort(values=..., indices=...)`.
  static func pair(_ name: String, _ result: (values: Tensor, indices: Tensor)) -> String {
    ReductionResult(typeName: "torch.return_types." + name, values: result.values, indices: result.indices)
      .description
  }

  static func floats(_ rows: [[Double]], dtype: DType = .float32) throws -> Tensor {
    try Tensor.tensor(.list(rows.map { .list($0.map { .float($0) }) }), dtype: dtype)
  }
  static func ints(_ rows: [[Int64]]) throws -> Tensor {
    try Tensor.tensor(.list(rows.map { .list($0.map { .int($0) }) }))
  }
  static func vector(_ values: [Double]) throws -> Tensor { try Tensor.tensor(.list(values.map { .float($0) })) }

  /// The operands of the reduction and value-test expressions.
  struct Operands {
    let X: Tensor
    let I: Tensor
    let B: Tensor
    let NAN: Tensor
    let E: Tensor

    init() throws {
      X = try floats([[1, 2, 3], [4, 5, 6]])
      I = try ints([[1, 2, 3], [4, 5, 6]])
      B = try Tensor.tensor(.list([.bool(true), .bool(false)]))
      NAN = try floats([[1, 0, .nan], [.infinity, -.infinity, 2]])
      E = try Tensor.zeros([0, 3])
    }
  }

  static func splitting(_ M: Tensor, _ S: Tensor) -> [String: () throws -> String] {
    [
      "chunk2": { tuple(try M.chunk(2)) },
      "chunk6": { tuple(try M.chunk(6)) },
      "chunk_dim1": { tuple(try M.chunk(3, dim: 1)) },
      "chunk_zero": { tuple(try M.chunk(0)) },
      "chunk_negative": { tuple(try M.chunk(-1)) },
      "chunk_0d": { tuple(try S.chunk(1)) },
      "chunk_bad_dim": { tuple(try M.chunk(2, dim: 2)) },
      "chunk_empty": { tuple(try Tensor.zeros([0, 2]).chunk(2)) },
      "split2": { tuple(try M.split(size: 2)) },
      "split5": { tuple(try M.split(size: 5)) },
      "split_big": { tuple(try M.split(size: 7)) },
      "split_zero": { tuple(try M.split(size: 0)) },
      "split_zero_empty": { tuple(try Tensor.zeros([0, 2]).split(size: 0)) },
      "split_negative": { tuple(try M.split(size: -1)) },
      "split_sizes": { tuple(try M.split(sizes: [1, 4])) },
      "split_sizes_zero": { tuple(try M.split(sizes: [5, 0])) },
      "split_sizes_sum": { tuple(try M.split(sizes: [1, 2])) },
      "split_sizes_negative": { tuple(try M.split(sizes: [6, -1])) },
      "split_0d": { tuple(try S.split(size: 1)) },
      "split_sizes_0d": { tuple(try S.split(sizes: [1])) },
      "split_dim1": { tuple(try M.split(size: 1, dim: 1)) },
      "unbind": { tuple(try M.unbind()) },
      "unbind1": { tuple(try M.unbind(dim: 1)) },
      "unbind_bad_dim": { tuple(try M.unbind(dim: 2)) },
      "unbind_0d": { tuple(try S.unbind()) },
      "split_grad": { tuple(try M.mul(.int(1)).split(size: 2)) },
      "split_requires_grad": { tuple(try M.detach().requiresGrad_().split(sizes: [2, 3])) },
      "split_inplace_grad": {
        let y = try arange(10).reshape([5, 2]).requiresGrad_().mul(.int(1))
        return try inplace(y.split(sizes: [2, 3])[1])
      },
      "split_inplace_nograd": { try inplace(arange(4).split(size: 2)[0]) },
      "split_inplace_detached": {
        try inplace(M.detach().split(size: 2)[1], .tensor(Tensor.ones([2, 2], requiresGrad: true)))
      },
      "unbind_inplace_grad": {
        try inplace(Tensor.ones([2, 2], requiresGrad: true).mul(.int(1)).unbind()[1])
      },
      "t_": { r(try arange(6).reshape([2, 3]).t_()) },
      "t_1d": { r(try arange(3).t_()) },
      "t_3d": { r(try Tensor.ones([2, 3, 4]).t_()) },
      "t_leaf": { r(try Tensor.ones([2, 3], requiresGrad: true).t_()) },
      "t_nonleaf": { r(try Tensor.ones([2, 3], requiresGrad: true).mul(.int(2)).t_()) },
    ]
  }
}
