import XCTest

@testable import Autograd

/// Issue 12's ops on odd inputs (empty, 0-d, huge or negative dims and sizes, NaN): each either returns a
/// tensor or throws an AutogradError; none may trap.
final class TensorAPIRobustnessTests: EngineTestCase {

  static func inputs() throws -> [Tensor] {
    [
      try Tensor.zeros([0]), try Tensor.zeros([2, 0]), try Tensor.zeros([0, 3]), try Tensor.scalar(.float(2)),
      try Tensor.arange(end: .float(6)).reshape([2, 3]), try Tensor.arange(end: .int(6)).reshape([3, 2]),
      try Tensor.tensor(.list([.float(.nan), .float(.infinity), .float(-.infinity), .float(-0.0)])),
      try Tensor.ones([2, 3, 4], dtype: .float16), try Tensor.ones([2, 2], dtype: .uint8),
      try Tensor.tensor(.list([.bool(true), .bool(false)])),
    ]
  }

  static let ints = [0, 1, -1, 2, -3, 5, Int.max, Int.min, 1 << 40]

  /// Each op applied to a tensor and an int argument.
  static let ops: [(String, @Sendable (Tensor, Int) throws -> Any)] = [
    ("chunk", { try $0.chunk($1) }), ("split", { try $0.split(size: $1) }),
    ("split_dim", { try $0.split(size: 1, dim: $1) }), ("split_sizes", { try $0.split(sizes: [$1, 1]) }),
    ("unbind", { try $0.unbind(dim: $1) }), ("prod", { try $0.prod(dim: $1) }),
    ("cumsum", { try $0.cumsum(dim: $1) }), ("flip", { try $0.flip([$1]) }),
    ("var", { try $0.variance(dims: [$1]) }), ("std", { try $0.std(dims: [$1], correction: Double($1)) }),
    ("norm", { try $0.norm(p: Double($1), dims: [$1]) }), ("logsumexp", { try $0.logsumexp(dims: [$1]) }),
    ("amax", { try $0.amax(dims: [$1]) }), ("round", { try $0.round(decimals: $1) }),
    ("all", { try $0.all(dims: [$1]) }), ("sort", { try $0.sort(dim: $1) }),
    ("argsort", { try $0.argsort(dim: $1, descending: true) }), ("topk", { try $0.topk($1) }),
    ("topk_dim", { try $0.topk(1, dim: $1) }), ("median", { try $0.median(dim: $1) }),
    ("gather", { t, i in try t.gather(dim: i, index: Tensor.zeros([1, 1], dtype: .int64)) }),
    (
      "scatter",
      { t, i in try t.scatter(dim: i, index: Tensor.full([1, 1], .int(Int64(i))), value: .int(1)) }
    ),
    ("index_select", { t, i in try t.indexSelect(dim: 0, index: Tensor.full([1], .int(Int64(i)))) }),
    ("index_add", { t, i in try t.indexAdd(dim: i, index: Tensor.zeros([1], dtype: .int64), source: t) }),
    (
      "index_fill",
      { t, i in try t.indexFill(dim: i, index: Tensor.zeros([1], dtype: .int64), value: .int(1)) }
    ),
    ("tril", { try $0.tril(diagonal: $1) }), ("diag", { try $0.diag($1) }),
    ("diagonal", { try $0.diagonal(offset: $1, dim1: 0, dim2: -1) }),
    ("index", { t, i in try t.index([.tensor(Tensor.full([2], .int(Int64(i)))), .none, .ellipsis]) }),
    ("setitem", { t, i in try t.clone().setIndex([.tensor(Tensor.full([1], .int(Int64(i))))], .int(1)) }),
    ("einsum", { t, _ in try Tensor.einsum("ij->ji", [t]) }),
    ("t_", { t, _ in try t.clone().t_() }), ("clamp", { t, _ in try t.clamp(min: t, max: nil) }),
    ("to_uint8", { t, _ in try t.to(.uint8) }), ("half", { t, _ in try t.half().sum() }),
    ("cumprod", { try $0.cumprod(dim: $1) }), ("cummax", { try $0.cummax(dim: $1) }),
    ("cummin", { try $0.cummin(dim: $1) }), ("repeat", { try $0.repeated([$1, 2, 1]) }),
    ("repeat_huge", { try $0.repeated([$1, $1, $1]) }), ("tile", { try $0.tile([$1]) }),
    ("roll", { try $0.roll(shifts: [$1], dims: []) }),
    ("roll_dim", { try $0.roll(shifts: [$1], dims: [$1]) }),
    ("masked_select", { t, _ in try t.maskedSelect(t.ne(.int(0))) }),
    ("nonzero", { t, _ in try t.nonzero() }),
    ("count_nonzero", { try $0.countNonzero(dims: [$1]) }), ("trace", { t, _ in try t.trace() }),
    ("log1p", { t, _ in try t.log1p() }), ("atanh", { t, _ in try t.atanh() }),
    ("var_mean", { try $0.varMean(dims: [$1], correction: Double($1)) }),
    ("std_mean", { t, _ in try t.stdMean() }), ("diff", { try $0.diff(n: $1) }),
    ("diff_dim", { try $0.diff(dim: $1, prepend: $0) }), ("isclose", { t, _ in try t.isclose(t) }),
    (
      "out",
      { t, i in
        try Tensor.writeOut(Tensor.empty([Swift.max(0, Swift.min(i, 3))]), function: "neg", inputs: [t]) {
          try t.neg()
        }
      }
    ),
    ("out_self", { t, _ in try Tensor.writeOut(t.clone(), function: "sign", inputs: [t]) { try t.sign() } }),
    ("kthvalue", { try $0.kthvalue($1) }), ("kthvalue_dim", { try $0.kthvalue(1, dim: $1) }),
    ("mode", { try $0.mode(dim: $1) }),
    ("atan2", { t, _ in try t.atan2(t) }), ("hypot", { t, _ in try t.hypot(t.t()) }),
    ("logaddexp", { t, _ in try t.logaddexp(t) }), ("fmod", { t, i in try Tensor.fmod(t, .int(Int64(i))) }),
    ("xlogy", { t, _ in try t.xlogy(t) }), ("lerp", { t, i in try t.lerp(t, weight: .int(Int64(i))) }),
    ("addcdiv", { t, i in try t.addcdiv(t, t, value: .int(Int64(i))) }),
    ("unique", { t, _ in try t.unique() }),
    ("bincount_huge", { _, i in try Tensor.full([1], .int(Int64(Swift.max(0, i)))).bincount() }),
    ("bincount", { t, i in try t.bincount(minlength: i) }),
    ("repeat_interleave", { try $0.repeatInterleave($1, dim: $1) }),
    (
      "repeat_interleave_tensor", { t, i in try t.repeatInterleave(Tensor.full([1], .int(Int64(i))), dim: 0) }
    ),
    ("meshgrid", { t, _ in try Tensor.meshgrid([t, t], indexing: .xy) }),
    ("broadcast_tensors", { t, _ in try Tensor.broadcastTensors([t, t.t()]) }),
    ("logit", { t, i in try t.logit(eps: Double(i)) }), ("sinc", { t, _ in try t.sinc() }),
    ("nansum", { try $0.nansum(dims: [$1], keepdim: true) }), ("nanmean", { try $0.nanmean(dims: [$1]) }),
    ("logcumsumexp", { try $0.logcumsumexp(dim: $1) }),
    ("cross", { try $0.cross($0, dim: $1) }), ("heaviside", { t, _ in try t.heaviside(t) }),
    ("float_power", { t, i in try Tensor.floatPower(.tensor(t), .int(Int64(i))) }),
    ("histc", { t, i in try t.histc(bins: i, min: Double(i), max: 0) }),
    ("rot90", { try $0.rot90($1, dims: [0, $1]) }), ("movedim", { try $0.movedim([$1], [0]) }),
    ("take", { t, i in try t.take(Tensor.full([2], .int(Int64(i)))) }),
    (
      "take_along_dim",
      { t, i in try t.takeAlongDim(Tensor.zeros(Array(repeating: 1, count: t.rank), dtype: .int64), dim: i) }
    ),
    ("aminmax", { try $0.aminmax(dim: $1) }), ("dist", { t, i in try Tensor.dist(t, t, p: Double(i)) }),
    ("tril_indices", { _, i in try Tensor.triangleIndices(rows: i, columns: 3, offset: i, lower: true) }),
    ("triu_indices", { _, i in try Tensor.triangleIndices(rows: 2, columns: i, offset: i, lower: false) }),
    ("searchsorted", { t, _ in try t.flatten().searchsorted(t) }),
    ("bucketize", { t, _ in try t.bucketize(t.flatten()) }),
  ]

  func testOddInputsThrowOrReturnButNeverTrap() throws {
    var outcomes = 0
    for tensor in try Self.inputs() {
      for (name, op) in Self.ops {
        for value in Self.ints {
          do {
            _ = try op(tensor, value)
          } catch is AutogradError {
          } catch {
            XCTFail("\(name)(\(tensor.shape), \(value)) threw \(error)")
          }
          outcomes += 1
        }
      }
    }
    XCTAssertEqual(outcomes, 10 * Self.ops.count * Self.ints.count)
  }

  func testPrintingUnderOddOptionsNeverTraps() throws {
    for options in [(-1, 0, -2), (200, 1, 0), (0, -5, 1000), (4, Int.max, Int.min)] {
      AutogradContext.current.printOptions.set(
        precision: options.0, edgeItems: options.1, lineWidth: options.2)
      for tensor in try Self.inputs() { XCTAssertFalse(tensor.description.isEmpty) }
    }
  }
}
