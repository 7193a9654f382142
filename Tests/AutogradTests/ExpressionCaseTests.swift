import Foundation
import TestSupport
import XCTest

@testable import Autograd

/// Creation, promotion, indexing and error texts against real PyTorch (`Data/expression_cases.json`).
final class ExpressionCaseTests: EngineTestCase {
  struct Case: Decodable {
    let name: String
    let expression: String
    let expected: String
  }
  struct CaseFile: Decodable { let cases: [Case] }

  static func t(_ values: [Double], dtype: DType = .float32) throws -> Tensor {
    try floats(values, dtype: dtype)
  }
  static func ints(_ values: [Int64]) throws -> Tensor { try Tensor.tensor(.list(values.map { .int($0) })) }
  static func bools(_ values: [Bool]) throws -> Tensor { try Tensor.tensor(.list(values.map { .bool($0) })) }

  /// Each closure returns the text Python would show for the expression of the same name.
  static func table() throws -> [String: () throws -> String] {
    let i = try ints([1, 2, 3])
    let f = try t([1, 2, 3])
    let d = try t([1, 2, 3], dtype: .float64)
    let b = try bools([true, false, true])
    let M = try Tensor.arange(end: .float(6)).reshape([2, 3])
    func r(_ x: Tensor) -> String { x.description }
    func list(_ rows: [[TensorData]]) -> TensorData { .list(rows.map { .list($0) }) }
    let slice = { (start: Int?, stop: Int?, step: Int?) in
      TensorIndex.slice(start: start, stop: stop, step: step)
    }
    return [
      "tensor_int": { r(try ints([1, 2, 3])) },
      "tensor_float": { r(try Tensor.tensor(list([[.float(1), .float(2)], [.float(3), .float(4)]]))) },
      "tensor_bool": { r(try bools([true, false])) },
      "tensor_bool_int": { r(try Tensor.tensor(.list([.bool(true), .int(2)]))) },
      "tensor_bool_float": { r(try Tensor.tensor(.list([.bool(true), .float(2.5)]))) },
      "tensor_empty": { r(try Tensor.tensor(.list([]))) },
      "tensor_empty_rows": { r(try Tensor.tensor(.list([.list([]), .list([])]))) },
      "tensor_ragged": { r(try Tensor.tensor(list([[.int(1), .int(2)], [.int(3)]]))) },
      "tensor_ragged_empty": { r(try Tensor.tensor(list([[.int(1)], []]))) },
      "tensor_scalar_in_list": { r(try Tensor.tensor(.list([.list([.int(1), .int(2)]), .int(3)]))) },
      "tensor_float64_from_int": { r(try Tensor.tensor(.int(2), dtype: .float64)) },
      "tensor_float32_from_ints": { r(try Tensor.tensor(.list([.int(1), .int(2)]), dtype: .float32)) },
      "tensor_point_one_item": { try Tensor.tensor(.float(0.1)).item().description },
      "zeros": { r(try Tensor.zeros([2, 3])) },
      "ones_int": { r(try Tensor.ones([2], dtype: .int64)) },
      "full_int": { r(try Tensor.full([2], .int(3))) },
      "full_float": { r(try Tensor.full([2, 2], .float(7))) },
      "full_bool": { r(try Tensor.full([2], .bool(true))) },
      "eye": { r(try Tensor.eye(3)) },
      "eye_rect": { r(try Tensor.eye(2, 3)) },
      "arange_int": { r(try Tensor.arange(end: .int(5))) },
      "arange_float": { r(try Tensor.arange(end: .float(5))) },
      "arange_step": { r(try Tensor.arange(start: .int(0), end: .int(1), step: .float(0.1))) },
      "arange_neg_step": { r(try Tensor.arange(start: .int(5), end: .int(0), step: .int(-2))) },
      "arange_zero_step": { r(try Tensor.arange(start: .int(0), end: .int(5), step: .int(0))) },
      "arange_bad_bounds": { r(try Tensor.arange(start: .int(5), end: .int(0))) },
      "linspace": { r(try Tensor.linspace(0, 1, steps: 5)) },
      "linspace_7": { r(try Tensor.linspace(-1, 2, steps: 7)) },
      "linspace_10": { r(try Tensor.linspace(0, 10, steps: 3)) },
      "int_plus_float": { r(try i.add(.float(1.5))) },
      "int_times_float": { r(try i.mul(.float(2.5))) },
      "int_plus_int": { r(try i.add(.int(1))) },
      "int_div": { r(try i.div(.int(2))) },
      "int_div_int": { r(try i.div(.tensor(i))) },
      "int_floordiv": { r(try ints([-5, 5]).floorDivide(.int(2))) },
      "float_floordiv": { r(try t([-5, 5]).floorDivide(.int(2))) },
      "int_mod": { r(try ints([-5, 5]).remainder(.int(3))) },
      "float_mod": { r(try t([-5.5, 5.5]).remainder(.int(2))) },
      "int_floordiv_zero": { r(try ints([5]).floorDivide(.int(0))) },
      "int_div_zero": { r(try ints([5]).div(.int(0))) },
      "zero_div_zero": { r(try t([0]).div(.int(0))) },
      "int_pow": { r(try i.pow(.int(2))) },
      "int_pow_half": { r(try i.pow(.float(0.5))) },
      "int_pow_neg": { r(try i.pow(.int(-1))) },
      "rpow_int": { r(try Tensor.pow(.int(2), .tensor(i))) },
      "int_plus_float_tensor": { r(try i + f) },
      "int_plus_double": { r(try i + d) },
      "float_plus_double": { r(try f + d) },
      "float_plus_double_0d": { r(try f + Tensor.scalar(.float(2), dtype: .float64)) },
      "int_plus_double_0d": { r(try i + Tensor.scalar(.float(2.5), dtype: .float64)) },
      "float0d_plus_double0d": {
        r(try Tensor.scalar(.float(1)) + Tensor.scalar(.float(1), dtype: .float64))
      },
      "bool_plus_bool": { r(try b + bools([true, true, false])) },
      "bool_plus_int": { r(try b.add(.int(1))) },
      "bool_times_float": { r(try b.mul(.float(1.5))) },
      "bool_sum": { r(try b.sum()) },
      "int_sum": { r(try i.sum()) },
      "int_mean": { r(try i.mean()) },
      "bool_minus_bool": { r(try b - b) },
      "neg_bool": { r(try b.neg()) },
      "float_plus_point_one": {
        try (Tensor.scalar(.float(0.1)) + Tensor.scalar(.float(0.2))).item().description
      },
      "compare_gt": { r(try f.gt(.float(1.5))) },
      "compare_eq_int_float": { r(try i.eq(.tensor(f))) },
      "compare_ne": { r(try M.ne(.int(1))) },
      "compare_le_tensor": { r(try f.le(.tensor(t([2, 2, 2])))) },
      "long_of_float": { r(try t([1.7, -1.7]).long()) },
      "float_of_int": { r(try i.float()) },
      "bool_of_float": { r(try t([0, 2]).bool()) },
      "double_repr": { r(try d * 2) },
      "item_many": { try f.item().description },
      "index_out_of_range": { r(try M.index([.int(5)])) },
      "index_out_of_range_dim1": { r(try M.index([.int(0), .int(7)])) },
      "index_too_many": { r(try M.index([.int(0), .int(0), .int(0)])) },
      "index_0d": { r(try Tensor.scalar(.float(2)).index([.int(0)])) },
      "index_negative": { r(try M.index([.int(-1)])) },
      "index_slice_clamped": { r(try f.index([slice(5, nil, nil)])) },
      "index_slice_negative_start": { r(try f.index([slice(-10, 2, nil)])) },
      "index_slice_step_zero": { r(try f.index([slice(nil, nil, 0)])) },
      "index_none_ellipsis": { r(try M.index([.none, .ellipsis, .int(1)])) },
      "index_ellipsis_only": { r(try M.index([.ellipsis])) },
      "index_mask": { r(try M.index([.tensor(M.gt(.int(2)))])) },
      "index_list": { r(try M.index([.tensor(ints([1, 0, 1]))])) },
      "index_list_oob": { r(try f.index([.tensor(ints([0, 5]))])) },
      "sum_dim_out_of_range": { r(try M.sum(dims: [2])) },
      "unsqueeze_out_of_range": { r(try f.unsqueeze(3)) },
      "transpose_out_of_range": { r(try M.transpose(0, 2)) },
      "t_3d": { r(try Tensor.ones([2, 3, 4]).t()) },
      "view_bad": { r(try M.view([4])) },
      "view_two_infer": { r(try M.view([-1, -1])) },
      "view_noncontig": { r(try M.t().view([6])) },
      "reshape_bad": { r(try M.reshape([4])) },
      "expand_bad": { r(try M.expand([3, 3])) },
      "expand_new_dim": { r(try f.expand([2, 3])) },
      "broadcast_error": { r(try Tensor.ones([2, 3]) + Tensor.ones([2, 2])) },
      "broadcast_error_3d": { r(try Tensor.ones([4, 2, 3]) * Tensor.ones([5, 1, 1])) },
      "mm_error": { r(try Tensor.ones([2, 3]).matmul(Tensor.ones([2, 3]))) },
      "mv_error": { r(try Tensor.ones([2, 3]).matmul(Tensor.ones([2]))) },
      "dot_error": { r(try Tensor.ones([3]).matmul(Tensor.ones([2]))) },
      "matmul_1d2d_error": { r(try Tensor.ones([2]).matmul(Tensor.ones([3, 2]))) },
      "matmul_0d": { r(try Tensor.scalar(.float(1)).matmul(Tensor.ones([2]))) },
      "max_empty": { r(try Tensor.ones([0]).max()) },
      "max_dim": {
        let (values, indices) = try M.max(dim: 1)
        return ReductionResult(typeName: "torch.return_types.max", values: values, indices: indices)
          .description
      },
      "min_dim_keep": {
        let (values, indices) = try M.min(dim: 0, keepdim: true)
        return ReductionResult(typeName: "torch.return_types.min", values: values, indices: indices)
          .description
      },
      "argmax": { r(try t([1, 5, 5, 2]).argmax()) },
      "argmin_dim": { r(try M.argmin(dim: 1)) },
      "max_nan": { r(try t([1, .nan, 3]).max()) },
      "sum_tuple_neg": { r(try M.sum(dims: [-1, 0])) },
      "mean_keep": { r(try M.mean(dims: [1], keepdim: true)) },
      "sum_float64": { r(try M.sum(dtype: .float64)) },
      "clamp_int": { r(try i.clamp(min: .int(2))) },
      "clamp_int_float": { r(try i.clamp(min: .float(1.5))) },
      "relu_int": { r(try ints([-1, 2]).relu()) },
      "abs_int": { r(try ints([-1, 2]).abs()) },
      "exp_int": { r(try i.exp()) },
      "sqrt_neg": { r(try t([-1, 4]).sqrt()) },
      "log_zero": { r(try t([0, 1]).log()) },
      "allclose_true": { try f.allclose(f.add(.float(1e-9))) ? "True" : "False" },
      "allclose_false": { try f.allclose(f.add(.float(1e-3))) ? "True" : "False" },
      "equal_true": { try M.equal(M.clone()) ? "True" : "False" },
      "equal_false_shape": { try f.equal(M) ? "True" : "False" },
      "tolist": { try M.tolist().pythonRepr },
      "tolist_0d": { try Tensor.scalar(.float(2.5)).tolist().pythonRepr },
      "squeeze_all": { r(try Tensor.ones([1, 2, 1]).squeeze()) },
      "squeeze_non1": { r(try Tensor.ones([2, 3]).squeeze(dim: 0)) },
      "flatten_range": { r(try Tensor.ones([2, 3, 4]).flatten(startDim: 1)) },
      "permute": { r(try Tensor.arange(end: .int(6)).reshape([1, 2, 3]).permute([2, 0, 1])) },
      "T_2d": { r(try M.reversedDims()) },
      "int_matmul": {
        r(
          try Tensor.tensor(list([[.int(1), .int(2)], [.int(3), .int(4)]]))
            .matmul(Tensor.tensor(list([[.int(1), .int(0)], [.int(0), .int(1)]]))))
      },
      "mixed_matmul": { r(try Tensor.ones([2, 2]).matmul(Tensor.ones([2, 2], dtype: .float64))) },
      "masked_fill": { r(try f.maskedFill(f.gt(.int(1)), .float(0))) },
      "where": { r(try Tensor.whereSelect(f.gt(.int(1)), .tensor(f), .tensor(Tensor.zeros([3])))) },
      "requires_grad_int": { r(try Tensor.tensor(.list([.int(1), .int(2)]), requiresGrad: true)) },
      "randn_int": { r(try Tensor.randn([2], dtype: .int64)) },
      "rand_int": { r(try Tensor.rand([2], dtype: .int64)) },
      "relu_bool": { r(try bools([true]).relu()) },
      "matmul_bool": {
        r(
          try Tensor.tensor(.list([.list([.bool(true)])])).matmul(
            Tensor.tensor(.list([.list([.bool(true)])]))))
      },
      "abs_bool": { r(try bools([true, false]).abs()) },
      "exp_bool": { r(try bools([true, false]).exp()) },
      "clamp_bool": { r(try bools([true]).clamp(min: .int(0), max: .int(1))) },
      "mv_vector_self": { r(try Tensor.ones([2]).mv(Tensor.ones([2, 2]))) },
      "dot_mixed": { r(try ints([1, 2]).dot(t([1, 2]))) },
      "mm_mixed_int": { r(try Tensor.ones([2, 2]).mm(Tensor.ones([2, 2], dtype: .int64))) },
      "big_int_wrap": { r(try ints([Int64.max]).add(.int(1))) },
      "int_mul_wrap": { r(try ints([4_611_686_018_427_387_904]).mul(.int(4))) },
      "backward_nonscalar_no_grad": {
        try Tensor.ones([2]).backward(); return "None"
      },
      "backward_scalar_no_grad": {
        try Tensor.ones([]).backward(); return "None"
      },
      "backward_nonscalar_requires_grad": {
        try Tensor.ones([2], requiresGrad: true).mul(.int(2)).backward()
        return "None"
      },
      "backward_shape_before_requires_grad": {
        try Tensor.ones([2]).backward(gradient: Tensor.ones([3])); return "None"
      },
      "backward_many_seeds_first": {
        try Tensor.backward(
          [Tensor.ones([]), Tensor.ones([2], requiresGrad: true).mul(.int(2))], gradients: [nil, nil])
        return "None"
      },
      "backward_many_no_grad_first": {
        try Tensor.backward(
          [Tensor.ones([2]), Tensor.ones([2], requiresGrad: true).sum()], gradients: [nil, nil])
        return "None"
      },
      "backward_many_too_few_grads": {
        let outputs = [
          try Tensor.ones([2], requiresGrad: true).mul(.int(2)),
          try Tensor.ones([2], requiresGrad: true).sum(),
        ]
        try Tensor.backward(outputs, gradients: [try Tensor.ones([2])])
        return "None"
      },
      "uniform_reversed": { r(try Tensor.ones([3]).uniform_(low: 2.5, high: 1)) },
      "uniform_long": { r(try Tensor.ones([3], dtype: .int64).uniform_(low: 0, high: 1)) },
      "uniform_too_wide": { r(try Tensor.ones([3]).uniform_(low: -3e38, high: 3e38)) },
      "normal_negative_std": { r(try Tensor.ones([3]).normal_(mean: 0, std: -1)) },
      "normal_nan_std": { r(try Tensor.ones([3]).normal_(mean: 0, std: .nan)) },
      "rand_long_kernel": { r(try Tensor.rand([2], dtype: .int64)) },
      "cat_empty": { r(try Tensor.cat([])) },
      "stack_empty": { r(try Tensor.stack([])) },
      "select_out_of_range": { r(try M.select(dim: 0, index: 5)) },
      "select_negative_out_of_range": { r(try M.select(dim: -1, index: -4)) },
      "select_0d": { r(try Tensor.tensor(.float(1)).select(dim: 0, index: 0)) },
      "select_in_range": { r(try M.select(dim: 1, index: -1)) },
      "subscript_out_of_range": { r(try M.index([.int(5)])) },
      "narrow_start_out_of_range": { r(try M.narrow(dim: 0, start: 3, length: 1)) },
      "narrow_negative_start": { r(try M.narrow(dim: 1, start: -2, length: 2)) },
      "narrow_negative_start_too_long": { r(try M.narrow(dim: 1, start: -2, length: 3)) },
      "narrow_negative_length": { r(try M.narrow(dim: 0, start: 5, length: -1)) },
      "narrow_0d": { r(try Tensor.tensor(.float(1)).narrow(dim: 0, start: 0, length: 1)) },
      "argmax_empty": { r(try Tensor.tensor(.list([])).argmax()) },
      "argmin_empty": { r(try Tensor.zeros([0, 3]).argmin()) },
      "argmax_empty_dim": { r(try Tensor.zeros([0, 3]).argmax(dim: 0)) },
      "argmin_empty_dim": { r(try Tensor.zeros([0, 3]).argmin(dim: -2, keepdim: true)) },
      "max_empty_dim": { r(try Tensor.zeros([0, 3]).max(dim: 0).values) },
      "linspace_negative_steps": { r(try Tensor.linspace(0, 1, steps: -1)) },
      "clamp_bool_int_min": { r(try bools([true, false]).clamp(min: .int(0))) },
      "clamp_bool_float": { r(try bools([true, false]).clamp(min: .float(0.5))) },
      "clamp_bool_bool_both": { r(try bools([true, false]).clamp(min: .bool(true), max: .bool(false))) },
      "clamp_bool_bool_min": { r(try bools([true, false]).clamp(min: .bool(true))) },
      "clamp_bool_bool_max": { r(try bools([true, false]).clamp(max: .bool(false))) },
      "clamp_bool_mixed": { r(try bools([true, false]).clamp(min: .bool(true), max: .int(1))) },
      "clamp__bool_int": { r(try bools([true, false]).clamp_(min: .int(0), max: .int(1))) },
      "clamp__bool_float": { r(try bools([true, false]).clamp_(min: .float(0.5), max: .int(1))) },
      "clamp__bool_bool": { r(try bools([true, false]).clamp_(min: .bool(true))) },
      "clamp__int_float": { r(try Tensor.ones([2], dtype: .int64).clamp_(min: .float(0.5))) },
      "add__bool_int": { r(try bools([true, false]).add_(.scalar(.int(1)))) },
    ]
  }

  func testExpressionsMatchPyTorch() throws {
    guard
      let url = Bundle.module.url(
        forResource: "expression_cases", withExtension: "json", subdirectory: "Data")
    else { return XCTFail("expression_cases.json missing") }
    let cases = try JSONDecoder().decode(CaseFile.self, from: Data(contentsOf: url)).cases
    let table = try ExpressionCaseTests.table()
    XCTAssertEqual(Set(cases.map(\.name)), Set(table.keys), "every expression has a Swift twin")
    for item in cases {
      guard let run = table[item.name] else { continue }
      let actual: String
      do {
        actual = try run()
      } catch let error as AutogradError {
        actual = error.description
      }
      assertTextEqual(actual, item.expected, "\(item.name): \(item.expression)")
    }
  }
}
