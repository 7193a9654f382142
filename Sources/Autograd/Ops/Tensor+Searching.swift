/// Binary search in sorted boundaries: `searchsorted` and `bucketize` (int64 or int32 positions, no
/// gradient).
extension Tensor {
  /// `torch.searchsorted(sorted_sequence, values, right=, out_int32=)`: for each value, the index where it
  /// would be inserted to keep each row of `self` sorted (after equal values with `right`). `self` is 1-D
  /// or has the values' leading dims; comparisons are IEEE ones, so a NaN value goes last.
  public func searchsorted(_ values: Tensor, right: Bool = false, outInt32: Bool = false) throws -> Tensor {
    let leadingMatch = rank == values.rank && Array(shape.dropLast()) == Array(values.shape.dropLast())
    guard rank == 1 || leadingMatch else {
      throw AutogradError.runtime(
        "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries tensor and input value tensor must match, but we got boundaries tensor \(shape) and input value tensor \(values.shape)"
      )
    }
    let boundaries = try floatValues()
    let queries = try values.floatValues()
    let rowLength = rank == 0 ? 1 : shape[rank - 1]
    let valuesPerRow = values.rank == 0 ? 1 : Swift.max(values.shape[values.rank - 1], 1)
    let positions = queries.enumerated().map { position, value -> Int64 in
      let row = rank == 1 ? 0 : position / valuesPerRow
      var low = row * rowLength
      var high = low + rowLength
      let start = low
      while low < high {
        let middle = low + (high - low) / 2
        // `!(b >= v)` (left) or `!(b > v)` (right): NaN compares false, so a NaN value goes right.
        let goesRight = right ? !(boundaries[middle] > value) : !(boundaries[middle] >= value)
        if goesRight { low = middle + 1 } else { high = middle }
      }
      return Int64(low - start)
    }
    return Tensor(shape: values.shape, dtype: outInt32 ? .int32 : .int64, integers: positions)
  }

  /// `torch.bucketize(input, boundaries, right=, out_int32=)`: `searchsorted` with 1-D boundaries.
  public func bucketize(_ boundaries: Tensor, right: Bool = false, outInt32: Bool = false) throws -> Tensor {
    guard boundaries.rank == 1 else {
      throw AutogradError.runtime("boundaries tensor must be 1 dimension, but got dim(\(boundaries.rank))")
    }
    return try boundaries.searchsorted(self, right: right, outInt32: outInt32)
  }
}
