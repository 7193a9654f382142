/// A binding's state for one session (e.g. torch's engine context), installed around every cell.
///
/// The session creates one instance per registered factory when it starts and runs each cell, and
/// its teardown, inside every extension's ``withinSession(_:)``, on the thread that does the work.
/// Native code of the binding finds its instance with ``NativeContext/sessionExtension(_:)``.
public protocol SessionExtension: AnyObject {
  /// Runs `body` with this extension's state in effect (e.g. bound to the current thread).
  func withinSession(_ body: () -> Void)
}
