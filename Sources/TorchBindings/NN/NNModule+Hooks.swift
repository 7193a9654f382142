import Autograd
import PythonRuntime

/// `register_forward_pre_hook` and `register_forward_hook`; ``NNModule/call(arguments:context:)`` runs
/// the hooks.
extension NNModule {
  static let hookRegistration: [NativeMethod<NNModule>] = [
    NativeMethod(
      "register_forward_pre_hook",
      [
        "hook", .init("prepend", .bool(false), keywordOnly: true),
        .init("with_kwargs", .bool(false), keywordOnly: true),
      ]
    ) { module, call, context in
      try module.registerHook(call, context, pre: true)
    },
    NativeMethod(
      "register_forward_hook",
      [
        "hook", .init("prepend", .bool(false), keywordOnly: true),
        .init("with_kwargs", .bool(false), keywordOnly: true),
        .init("always_call", .bool(false), keywordOnly: true),
      ]
    ) { module, call, context in
      try module.registerHook(call, context, pre: false)
    },
  ]

  /// Adds the hook (first with `prepend=True`) and returns its RemovableHandle.
  private func registerHook(_ call: TorchCall, _ context: NativeContext, pre: Bool) throws -> Value {
    if try call.bool("with_kwargs") {
      throw NNError.value("with_kwargs=True hooks are not available in Gradbook")
    }
    guard let session = context.sessionExtension(TorchSessionState.self) else {
      throw NNError.runtime("torch is not set up in this session")
    }
    let id = session.nextModuleHookID
    session.nextModuleHookID += 1
    let entry = (id: id, hook: call["hook"])
    let prepend = try call.bool("prepend")
    if pre {
      forwardPreHooks.insert(entry, at: prepend ? 0 : forwardPreHooks.count)
    } else {
      forwardHooks.insert(entry, at: prepend ? 0 : forwardHooks.count)
    }
    return .native(
      HookHandleObject(id: id) { [weak self] in
        self?.forwardPreHooks.removeAll { $0.id == id }
        self?.forwardHooks.removeAll { $0.id == id }
      })
  }
}
