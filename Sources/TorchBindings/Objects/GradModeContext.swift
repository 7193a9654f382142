import Autograd
import PythonRuntime

/// `torch.no_grad()`, `torch.enable_grad()`, `torch.set_grad_enabled(mode)` and
/// `torch.inference_mode(mode)`: context managers (restoring the previous mode even when the block
/// raises) and decorators (`@torch.no_grad()`).
final class GradModeContext: NativeObject {
  enum Kind {
    case noGrad
    case enableGrad
    /// Takes effect when created, as in PyTorch, so it also works as a plain call.
    case setGradEnabled(Bool)
    case inferenceMode(Bool)
  }

  let kind: Kind
  /// For `set_grad_enabled`: the mode before the call, restored on `__exit__`.
  private let previousEnabled: Bool
  /// Modes pushed by `__enter__`, popped by `__exit__` (a context may be re-entered).
  private var pushed = 0

  init(_ kind: Kind) {
    self.kind = kind
    let engine = AutogradContext.current
    previousEnabled = engine.isGradEnabled
    if case .setGradEnabled(let enabled) = kind { engine.setGradEnabled(enabled) }
  }

  // The classes `type(torch.no_grad())` and friends show.
  private static let noGradType = modeType("no_grad")
  private static let enableGradType = modeType("enable_grad")
  private static let setGradEnabledType = modeType("set_grad_enabled")
  private static let inferenceModeType = modeType("inference_mode")

  private static func modeType(_ name: String) -> TypeObject {
    TypeObject(name: name, qualifiedName: "torch.autograd.grad_mode." + name)
  }

  var pythonType: TypeObject {
    switch kind {
    case .noGrad: return GradModeContext.noGradType
    case .enableGrad: return GradModeContext.enableGradType
    case .setGradEnabled: return GradModeContext.setGradEnabledType
    case .inferenceMode: return GradModeContext.inferenceModeType
    }
  }

  func repr() -> String {
    if case .setGradEnabled(let enabled) = kind {
      return "torch.autograd.grad_mode.set_grad_enabled(mode=\(enabled ? "True" : "False"))"
    }
    return "<torch.autograd.grad_mode.\(typeName) object at 0x7f5e3c1d\(addressSuffix)>"
  }

  private var addressSuffix: String {
    switch kind {
    case .noGrad: return "2b90"
    case .enableGrad: return "2c50"
    case .setGradEnabled: return "2d10"
    case .inferenceMode: return "2dd0"
    }
  }

  func enter(context: NativeContext) throws -> Value {
    let engine = AutogradContext.current
    switch kind {
    case .noGrad:
      engine.pushGradEnabled(false)
      pushed += 1
    case .enableGrad:
      engine.pushGradEnabled(true)
      pushed += 1
    case .setGradEnabled:
      break
    case .inferenceMode(let enabled):
      engine.pushMode(enabled ? .inference : engine.currentMode)
      pushed += 1
    }
    return .none
  }

  func exit(error: PythonError?, context: NativeContext) throws -> Bool {
    let engine = AutogradContext.current
    if case .setGradEnabled = kind {
      engine.setGradEnabled(previousEnabled)
    } else if pushed > 0 {
      engine.popMode()
      pushed -= 1
    }
    return false
  }

  /// `@torch.no_grad()` applied to a function: a function that runs it under this mode.
  func call(arguments: Arguments, context: NativeContext) throws -> Value {
    let bound = try arguments.bind(Signature("__call__", ["func"]))
    let function = bound["func"]
    let kind = self.kind
    let name: String
    switch function {
    case .function(let object): name = object.name
    case .builtin(let object): name = object.name
    default: throw PythonError.typeError("'\(typeName)' object is not callable with \(function.typeName)")
    }
    // Unchecked capture: the decorated function is a cell value and stays in its session, on its
    // cell thread, as the decorated result does.
    nonisolated(unsafe) let decorated = function
    return .builtin(
      BuiltinFunction(name: name) { arguments, context in
        let manager = GradModeContext(kind)
        _ = try manager.enter(context: context)
        do {
          let result = try context.call(decorated, arguments)
          _ = try manager.exit(error: nil, context: context)
          return result
        } catch {
          _ = try? manager.exit(error: nil, context: context)
          throw error
        }
      })
  }
}
