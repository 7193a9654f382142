import Foundation

/// Starts POSIX threads with a chosen stack size: cells and generator bodies recurse deeply (within their
/// budgets) and need far more stack than Foundation's threads give.
enum LargeStackThread {
  /// The closure a new thread runs, kept alive by the retain handed to `pthread_create`.
  private final class Entry {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }

  /// Starts a thread running `body` on a stack of `stackSize` bytes; nil if the system refuses it.
  static func start(stackSize: Int, _ body: @escaping () -> Void) -> pthread_t? {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    let context = Unmanaged.passRetained(Entry(body)).toOpaque()
    #if canImport(Darwin)
      var created: pthread_t?
    #else
      var created = pthread_t()
    #endif
    let status = pthread_create(
      &created, &attributes,
      { context in
        #if canImport(Darwin)
          let entry = Unmanaged<Entry>.fromOpaque(context).takeRetainedValue()
        #else
          guard let context else { return nil }
          let entry = Unmanaged<Entry>.fromOpaque(context).takeRetainedValue()
        #endif
        entry.body()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<Entry>.fromOpaque(context).release()
      return nil
    }
    return created
  }
}
