import Autograd
import PythonRuntime

/// torch's state for one session: the engine context (grad mode, default generator, budget, ids),
/// bound to the thread running each of the session's cells and its teardown.
///
/// Created once per session by the factory `registerTorch()` registers. Its engine context starts
/// fresh (grad on, PyTorch's default seed), as a new Python process would, and is connected once to
/// the session: the tensor budget is `Limits.tensorElements`, engine warnings become the cell's
/// warnings, and the multiply-adds of matrix products are charged to the cell's step budget before
/// they run.
final class TorchSessionState: SessionExtension {
  let engine = AutogradContext()
  /// The next module hook's `RemovableHandle.id` (PyTorch counts them from 0 in a fresh process).
  var nextModuleHookID = 0

  init(context: NativeContext) {
    engine.elementBudget = context.limits.tensorElements
    // `context` only reaches the evaluator (unowned) while the session runs something, which is
    // the only time the engine calls these.
    engine.warn = { line in TorchBridge.forwardWarning(line, to: context) }
    engine.chargeWork = { multiplyAdds in
      try context.chargeSteps(multiplyAdds / TorchBridge.elementsPerStep)
    }
    // Tensor storage counts against the session's memory budget; TorchBridge checks it after each op.
    context.memory.externalBytes = { [ledger = engine.storageLedger] in ledger.liveBytes }
  }

  func withinSession(_ body: () -> Void) {
    engine.bind(body)
  }
}
