/// The text a cell class's own method `name` returns (a module's `extra_repr`), for natives that format
/// the instance they are the part of; nil when `object` is no cell instance or its class lacks `name`.
public func cellMethodText(_ object: any NativeObject, _ name: String) -> String? {
  (object as? InstanceObject)?.methodText(name)
}

/// What native code may ask of the running cell: warnings, formatting, calling back into Python.
///
/// Passed to every ``BuiltinFunction`` body and ``NativeObject`` hook; valid only during that call.
public final class NativeContext {
  unowned let evaluator: Evaluator

  init(evaluator: Evaluator) {
    self.evaluator = evaluator
  }

  /// Emits a warning shown in the cell result as `Category: message` (e.g. `UserWarning: …`).
  /// A warning repeated from the same source line of the same cell is shown once.
  public func warn(_ category: String = "UserWarning", _ message: String) {
    evaluator.emitWarning(category: category, message: message)
  }

  /// Emits a warning that PyTorch raises from its own Python code (`location` names that place, e.g.
  /// `torch/nn/modules/loss.py:48`): with Python's default filters it is shown once per session,
  /// not once per line of the cell that triggered it.
  public func warnFromLibrary(_ category: String = "UserWarning", _ message: String, location: String) {
    evaluator.emitLibraryWarning(category: category, message: message, location: location)
  }

  /// The native part of an instance of a cell class deriving from a native type (made by its
  /// `super().__init__()`), or nil.
  public func nativePart(of value: Value) -> NativeAttributeOwner? {
    guard case .native(let instance as InstanceObject) = value else { return nil }
    return instance.nativePart
  }

  /// `repr(value)`, as Python shows it (containers call native objects' `repr()`).
  public func repr(_ value: Value) -> String { ValueFormatter.repr(value) }

  /// `str(value)`, as `print` shows it.
  public func str(_ value: Value) -> String { ValueFormatter.str(value) }

  /// `format(value, spec)`: Python's format-spec mini-language (e.g. a 0-d tensor formats its `item()`).
  public func format(_ value: Value, spec: String) throws -> String {
    try evaluator.format(value, spec: spec)
  }

  /// `value.name`, as a cell reads it (e.g. a Function subclass's static `forward`).
  public func attribute(_ value: Value, _ name: String) throws -> Value {
    try evaluator.attribute(of: value, name)
  }

  /// Calls a Python callable (a cell function, lambda, builtin or native callable).
  public func call(_ callable: Value, _ arguments: Arguments) throws -> Value {
    try evaluator.call(callable, arguments)
  }

  /// The elements of any Python iterable (list, tuple, range, str, dict keys, native iterables, …).
  public func iterate(_ value: Value) throws -> [Value] {
    try evaluator.materialize(value)
  }

  /// `value[index]`, with Python's semantics for every built-in and native type.
  public func getItem(_ value: Value, _ index: Value) throws -> Value {
    try evaluator.subscriptGet(value, index)
  }

  /// The integer an index stands for (`int`, `bool`, or a native `__index__`); nil when it is no integer.
  public func indexValue(_ value: Value) throws -> Int? {
    try evaluator.indexValue(value)
  }

  /// `left op right`, as a comparison in a cell evaluates it (may return a native object).
  public func compare(_ op: ComparisonOperator, _ left: Value, _ right: Value) throws -> Value {
    try evaluator.richCompare(op, left, right)
  }

  /// Python truthiness of any value.
  public func truthValue(_ value: Value) throws -> Bool {
    try evaluator.truthValue(value)
  }

  /// The budgets of the running session (e.g. `limits.tensorElements`).
  public var limits: Limits { evaluator.limits }

  /// Charges `count` evaluation steps against the cell's step budget (for expensive native work).
  public func chargeSteps(_ count: Int) throws {
    try evaluator.chargeSteps(count)
  }

  /// The session's live-memory budget: natives report the memory they hold through `externalBytes` and call
  /// `check()` after allocating.
  public var memory: MemoryLedger { evaluator.memory }

  /// This session's instance of a binding's state, registered with ``ModuleRegistry/registerExtension(_:)``.
  public func sessionExtension<Extension: SessionExtension>(_ type: Extension.Type) -> Extension? {
    for candidate in evaluator.extensions {
      if let match = candidate as? Extension { return match }
    }
    return nil
  }
}
