/// The bytes of tensor storage alive in one engine context: each storage adds its bytes when made and takes them
/// back when freed, so whoever runs cells can hold a session's tensors to a memory budget.
public final class StorageLedger {
  /// Bytes of the element arrays of every live storage made under the context.
  public internal(set) var liveBytes = 0

  init() {}
}
