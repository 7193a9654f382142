/// Builtins that would reach outside the sandbox: calling one explains why it is absent.
extension Builtins {
  /// Builtins that would reach outside the sandbox; calling them explains why they are absent.
  static let unavailableNames = [
    "open", "exec", "eval", "compile", "__import__", "input", "globals", "locals",
    "breakpoint",
    "help", "exit", "quit", "memoryview", "bytearray", "bytes",
    "delattr", "aiter", "anext", "complex", "frozenset",
  ]

  static let sandbox: [BuiltinFunction] = unavailableNames.map { name in
    function(name) { _, _ in
      throw PythonError(
        .runtimeError,
        "\(name)() is not available in Gradbook cells (cells cannot reach files, the network, the system, or the interpreter's internals)"
      )
    }
  }
}
