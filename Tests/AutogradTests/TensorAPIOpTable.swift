import Autograd

/// The Swift side of `Data/tensor_api_cases.py`'s `OPS`: the same operation under the same name.
enum TensorAPIOpTable {
  static let ops: [String: OpTable.Op] = [
    // Multi-output views.
    "chunk2_0": { try $0[0].chunk(2)[0] },
    "chunk2_1": { try $0[0].chunk(2)[1] },
    "chunk3_dim1": { try $0[0].chunk(3, dim: 1)[1] },
    "split2_last": { try $0[0].split(size: 2)[2] },
    "split_sizes": { try $0[0].split(sizes: [1, 4])[1] },
    "split_dim1": { try $0[0].split(size: 1, dim: 1)[0] },
    "unbind0": { try $0[0].unbind()[1] },
    "unbind1": { try $0[0].unbind(dim: 1)[0] },
    "chunk_sum": { try $0[0].chunk(2)[0].sum() * $0[0].chunk(2)[1].sum() },
    "t_": { try $0[0].mul(.int(1)).t_() },
  ]
}
