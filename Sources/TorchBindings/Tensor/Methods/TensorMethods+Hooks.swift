import Autograd
import PythonRuntime

extension TensorMethods {
  /// `t.register_hook(hook)`: `hook(grad)` runs during backward; a tensor it returns replaces the gradient.
  static let registerHook = TensorMethod("register_hook", [.init("hook")]) { tensor, call, context in
    let hook = call["hook"]
    // The hook runs in a later cell's backward, under the same session's evaluator; should that be gone,
    // the hook fails cleanly instead of calling into it.
    weak var session = context
    let handle = try tensor.registerHook(name: hookName(context.repr(hook))) { grad in
      guard let context = session else {
        throw PythonError(.runtimeError, "the session that registered this hook has ended")
      }
      let result = try context.call(hook, Arguments([TensorObject.value(grad)]))
      if result.isNone { return nil }
      guard let replacement = TorchValues.tensor(result) else {
        throw PythonError(.typeError, "expected Variable or None (got \(result.typeName))")
      }
      return replacement
    }
    return .native(HookHandleObject(handle))
  }

  /// A function's `__name__` from its repr (`<function <lambda> at 0x…>`), as PyTorch's messages quote it.
  private static func hookName(_ repr: String) -> String {
    guard repr.hasPrefix("<function "), let end = repr.range(of: " at 0x") else { return repr }
    return String(repr[repr.index(repr.startIndex, offsetBy: 10)..<end.lowerBound])
  }
}
