/// The running session's engine state as the nn kernels reach it: generator, warnings, grad mode.
///
/// Every nn kernel goes through here rather than naming the runtime object, so moving the engine state
/// to a per-session context changes this one file.
enum EngineSession {
  /// The session's default CPU generator (`torch.default_generator`).
  static var defaultGenerator: Generator { AutogradRuntime.shared.generator }

  /// `generator` when given, else the session's default one (PyTorch's `generator=None`).
  static func generator(_ generator: Generator?) -> Generator { generator ?? defaultGenerator }

  /// Sends a warning line (`UserWarning: ...`) to the session's sink.
  static func warn(_ line: String) { AutogradRuntime.shared.warn(line) }

  /// A warning PyTorch gives once per process (`TORCH_WARN_ONCE`). Sent every time until the engine state
  /// is per session, since nothing process-wide may remember that it was sent.
  static func warnOnce(_ line: String) { AutogradRuntime.shared.warn(line) }

  /// Tells the session how many multiply-adds a kernel is about to do, before it starts; throws (and so
  /// stops the kernel) when the cell's step budget would run out.
  static func chargeWork(_ multiplyAdds: Int) throws { try AutogradRuntime.shared.chargeWork(multiplyAdds) }

  /// Whether ops record a graph right now (also true inside a backward pass with `create_graph=True`).
  static var isGradEnabled: Bool { AutogradRuntime.shared.isGradEnabled }

  /// Runs `body` with gradient recording switched off, as `with torch.no_grad():` does.
  static func withoutGrad<T>(_ body: () throws -> T) rethrows -> T {
    let runtime = AutogradRuntime.shared
    runtime.pushGradEnabled(false)
    defer { runtime.popMode() }
    return try body()
  }
}
