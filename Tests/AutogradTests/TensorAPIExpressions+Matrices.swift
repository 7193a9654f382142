@testable import Autograd

/// Matrix structure and einsum.
extension TensorAPIExpressions {
  static func matrices() throws -> [String: () throws -> String] {
    let X = try floats([[1, 2, 3], [4, 5, 6]])
    let I = try ints([[1, 2, 3], [4, 5, 6]])
    let S = try Tensor.scalar(.float(1))
    func intVector(_ values: [Int64]) throws -> Tensor { try Tensor.tensor(.list(values.map { .int($0) })) }
    return [
      "tril": { r(try arange(13).slice(dim: 0, start: 1, stop: nil, step: nil).reshape([3, 4]).tril()) },
      "triu_int": { r(try I.triu()) },
      "tril_1d": { r(try Tensor.ones([2]).tril()) },
      "triu_0d": { r(try S.triu()) },
      "tril_batch": { r(try Tensor.ones([2, 3, 3]).tril()) },
      "diag_big_offset": { r(try X.diag(5)) },
      "diag_int": { r(try I.diag()) },
      "diag_embed": { r(try vector([1, 2, 3]).diag(1)) },
      "diag_0d": { r(try S.diag()) },
      "diag_3d": { r(try Tensor.ones([2, 2, 2]).diag()) },
      "diagonal_same_dims": { r(try X.diagonal(offset: 0, dim1: 0, dim2: 0)) },
      "diagonal_3d": { r(try Tensor.ones([2, 2, 2]).diagonal()) },
      "outer_2d_self": { r(try X.outer(Tensor.ones([2]))) },
      "outer_2d_other": { r(try Tensor.ones([2]).outer(X)) },
      "outer_int": { r(try intVector([1, 2]).outer(intVector([3, 4]))) },
      "outer_mixed": { r(try vector([1, 2]).outer(intVector([3, 4]))) },
      "einsum_too_many_operands": { r(try Tensor.einsum("ij", [X, X])) },
      "einsum_too_few_operands": { r(try Tensor.einsum("i,j", [Tensor.ones([2])])) },
      "einsum_bad_subscript": { r(try Tensor.einsum("ij;jk->ik", [X, X])) },
      "einsum_digit": { r(try Tensor.einsum("i1->i", [X])) },
      "einsum_second_arrow": { r(try Tensor.einsum("ij->i->j", [X])) },
      "einsum_rank": { r(try Tensor.einsum("ijk->", [X])) },
      "einsum_empty": { r(try Tensor.einsum("", [X])) },
      "einsum_scalar": { r(try Tensor.einsum("->", [Tensor.scalar(.float(2))])) },
      "einsum_size_mismatch": { r(try Tensor.einsum("ij,jk->ik", [X, X])) },
      "einsum_repeat_mismatch": { r(try Tensor.einsum("ii->i", [X])) },
      "einsum_missing_output": { r(try Tensor.einsum("ij->ik", [X])) },
      "einsum_repeated_output": { r(try Tensor.einsum("ij->jj", [X])) },
      "einsum_spaces": { r(try Tensor.einsum("i j -> j i", [X])) },
      "einsum_uppercase": { r(try Tensor.einsum("iJ->J", [X])) },
      "einsum_implicit_order": { r(try Tensor.einsum("ba", [X])) },
      "einsum_implicit_case": { r(try Tensor.einsum("aB", [X])) },
      "einsum_int": { r(try Tensor.einsum("ij->", [I])) },
      "einsum_mixed_dtypes": { r(try Tensor.einsum("ij,jk->ik", [X, I.t()])) },
      "einsum_list": { r(try Tensor.einsum("ij->j", [X])) },
      "diag_huge_offset": { r(try Tensor.ones([3]).diag(1 << 62)) },
      "round_huge_decimals": { r(try Tensor.ones([3]).round(decimals: 400)) },
      "round_huge_negative_decimals": { r(try Tensor.ones([3]).round(decimals: -400)) },
      "index_add": {
        r(try Tensor.zeros([3, 4]).indexAdd(dim: 0, index: ints([[0, 0]]).reshape([2]), source: Tensor.ones([2, 4])))
      },
      "index_add_count": {
        r(try Tensor.zeros([3, 4]).indexAdd(dim: 0, index: ints([[0, 1]]).reshape([2]), source: Tensor.ones([1, 4])))
      },
      "index_add_vector_source": {
        r(try Tensor.zeros([3, 4]).indexAdd(dim: 0, index: ints([[0]]).reshape([1]), source: Tensor.ones([4])))
      },
      "index_add_shape": {
        r(try Tensor.zeros([3, 4]).indexAdd(dim: 0, index: ints([[0]]).reshape([1]), source: Tensor.ones([1, 3])))
      },
    ]
  }
}
