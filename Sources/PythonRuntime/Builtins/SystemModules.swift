/// The standard modules that reach outside the sandbox: importing one explains why it is absent.
///
/// The error stays CPython's `ModuleNotFoundError` for a module that is not installed (so `except ImportError`
/// works as there), with the reason added in the words the sandboxed builtins use.
enum SystemModules {
  /// Modules that read the clock, files, the network, processes, the environment or the interpreter's state.
  static let names = [
    "os", "sys", "time", "datetime", "subprocess", "socket", "ssl", "select", "signal", "threading",
    "multiprocessing", "concurrent", "asyncio", "pathlib", "shutil", "glob", "tempfile", "io", "pickle",
    "shelve",
    "sqlite3", "urllib", "http", "requests", "platform", "ctypes", "resource", "getpass", "secrets", "uuid",
    "webbrowser", "zipfile", "tarfile", "gzip", "sched", "timeit",
  ]

  static func register(in registry: inout ModuleRegistry) {
    for name in names {
      registry.register(name) { _ in
        throw PythonError(
          .moduleNotFoundError,
          "No module named '\(name)' (Gradbook cells cannot reach the clock, files, the network, or the system)"
        )
      }
    }
  }
}
