/// The running session's engine state as the nn kernels reach it: generator, warnings, grad mode.
///
/// Every nn kernel goes through here rather than naming the engine context (`AutogradContext.current`,
/// the state of the session whose cell is running on this thread).
enum EngineSession {
  /// The session's default CPU generator (`torch.default_generator`).
  static var defaultGenerator: Generator { AutogradContext.current.generator }

  /// `generator` when given, else the session's default one (PyTorch's `generator=None`).
  static func generator(_ generator: Generator?) -> Generator { generator ?? defaultGenerator }

  /// Sends a warning line (`UserWarning: ...`) to the session's sink.
  static func warn(_ line: String) { AutogradContext.current.warn(line) }

  /// A warning PyTorch gives once per process (`TORCH_WARN_ONCE`): once per session here.
  static func warnOnce(_ line: String) { AutogradContext.current.warnOnce(line) }

  /// Tells the session how many multiply-adds a kernel is about to do, before it starts; throws (and so
  /// stops the kernel) when the cell's step budget would run out.
  static func chargeWork(_ multiplyAdds: Int) throws { try AutogradContext.current.chargeWork(multiplyAdds) }

  /// Whether ops record a graph right now (also true inside a backward pass with `create_graph=True`).
  static var isGradEnabled: Bool { AutogradContext.current.isGradEnabled }

  /// Runs `body` with gradient recording switched off, as `with torch.no_grad():` does.
  static func withoutGrad<T>(_ body: () throws -> T) rethrows -> T {
    let context = AutogradContext.current
    context.pushGradEnabled(false)
    defer { context.popMode() }
    return try body()
  }
}
