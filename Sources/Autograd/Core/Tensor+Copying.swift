/// What Python's `copy` module needs of a tensor: the storage it shares, and a leaf over that storage or a copy.
extension Tensor {
  /// The identity of the storage this tensor shares with its views and aliases (`untyped_storage()`).
  public var storageIdentity: ObjectIdentifier { ObjectIdentifier(storage) }

  /// A new leaf (not requiring grad) with this tensor's dtype, sizes, strides and offset, over
  /// `source`'s storage, or over a new copy of this tensor's whole storage when `source` is nil.
  ///
  /// `copy.copy(t)` rebuilds a tensor over the same storage; `Tensor.__deepcopy__` copies a storage once
  /// per `deepcopy` call and rebuilds every tensor of it over that copy, so views stay views of one another.
  public func leafCopy(overStorageOf source: Tensor?) -> Tensor {
    let target: TensorStorage
    if let source {
      target = source.storage
    } else if storage.integers.isEmpty {
      target = TensorStorage(floats: storage.floats)
    } else {
      target = TensorStorage(integers: storage.integers)
    }
    return Tensor(storage: target, shape: shape, strides: strides, offset: storageOffset, dtype: dtype)
  }
}
