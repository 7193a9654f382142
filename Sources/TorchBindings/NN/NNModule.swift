import Autograd
import PythonRuntime

/// `torch.nn.Module`: parameters, buffers and submodules registered by attribute assignment, the
/// training flag, and `module(x)` → `forward(x)`.
///
/// Every built-in layer subclasses it and overrides ``forward(_:context:)`` and ``extraRepr()``.
/// Instances carry a Python attribute dict (``attributes``, PyTorch's `__dict__`): layer settings such
/// as `in_features` live there, so reading and assigning them behave as in PyTorch.
///
/// Seam for user classes (`class Net(nn.Module)`): the instance of such a class holds an `NNModule`
/// made with `NNModule(type:)` (the class's type) as its native base; `super().__init__()` creates it,
/// `self.x = v` goes through ``setInstanceAttribute(_:value:context:)`` (which registers parameters
/// and submodules), `self.x` through ``instanceAttribute(_:context:)``, and the class's own `forward` is called
/// through ``userForward`` (set by the class machinery) instead of ``forward(_:context:)``.
class NNModule: NativeAttributeOwner {
  /// The module's class (`nn.Linear`), whose members are Module's methods and the layer's own.
  let pythonType: TypeObject
  /// The class name (`Linear`), shown by `repr` and in error messages.
  var className: String { pythonType.name }
  /// `module.training`.
  var training = true
  var parameters = OrderedSlots<ParameterObject?>()
  var buffers = OrderedSlots<TensorObject?>()
  /// Buffer names left out of `state_dict()` (`register_buffer(..., persistent=False)`).
  var nonPersistentBuffers = Set<String>()
  var submodules = OrderedSlots<NNModule?>() {
    // A child that is the part of a cell instance keeps that instance alive while it is a child (the
    // part refers to its instance only weakly, so no cycle forms).
    didSet { heldInstances = submodules.entries.compactMap { $0.element?.cellInstance } }
  }
  /// The cell-class instances of this module's children (see ``submodules``).
  private var heldInstances: [any NativeObject] = []
  /// The instance of a cell class (`class Net(nn.Module)`) this module is the native part of.
  weak var cellInstance: (any NativeObject)?
  /// `register_forward_pre_hook` / `register_forward_hook` hooks by handle id, in calling order.
  var forwardPreHooks: [(id: Int, hook: Value)] = []
  var forwardHooks: [(id: Int, hook: Value)] = []
  /// Every other attribute, as `__dict__` holds it.
  var attributes: [String: Value] = [:]
  /// A user subclass's `forward`, when the class machinery provides one.
  var userForward: Value?

  init(type: TypeObject) {
    pythonType = type
  }

  /// An empty module of `original`'s class and kind, for `copy.deepcopy` to fill (no `__init__` runs,
  /// as for PyTorch's copy); required, so that every layer with settings of its own keeps them.
  required init(twinOf original: NNModule) {
    pythonType = original.pythonType
  }

  // MARK: Overridden by layers

  /// The layer's computation; the base module has none, as in PyTorch.
  func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    throw NNError.notImplemented("Module [\(className)] is missing the required \"forward\" function")
  }

  /// The text inside the parentheses of the layer's repr (`in_features=3, ...`).
  func extraRepr() -> String { "" }

  // MARK: NativeObject

  /// `module(*args)`, as Module.__call__ does: the forward pre-hooks (each may replace the
  /// arguments), `forward` (a cell class's own, else the layer's), then the forward hooks (each may
  /// replace the output).
  func call(arguments: Arguments, context: NativeContext) throws -> Value {
    var arguments = arguments
    for (_, hook) in forwardPreHooks {
      let result = try context.call(hook, Arguments([pythonValue, .tuple(arguments.positional)]))
      if case .tuple(let replaced) = result {
        arguments.positional = replaced
      } else if !result.isNone {
        arguments.positional = [result]
      }
    }
    var output: Value
    if let cellInstance {
      output = try context.call(try context.attribute(.native(cellInstance), "forward"), arguments)
    } else if let userForward {
      output = try context.call(userForward, arguments)
    } else {
      output = try forward(arguments, context: context)
    }
    for (_, hook) in forwardHooks {
      let result = try context.call(hook, Arguments([pythonValue, .tuple(arguments.positional), output]))
      if !result.isNone { output = result }
    }
    return output
  }

  /// The module as cells see it: the cell-class instance it is the part of, else itself.
  var pythonValue: Value { cellInstance.map { .native($0) } ?? .native(self) }

  func attach(to instance: any NativeObject) { cellInstance = instance }

  var handlesInstanceCalls: Bool { true }

  func repr() -> String { ModuleRepr.text(of: self) }

  // Declared here (not only in the protocol's defaults) so that the containers can override them.

  func length(context: NativeContext) throws -> Int? { nil }

  func iterate(context: NativeContext) throws -> [Value]? { nil }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    throw NNError.type("'\(className)' object is not subscriptable")
  }

  func setItem(_ index: Value, value: Value, context: NativeContext) throws {
    throw NNError.type("'\(className)' object does not support item assignment")
  }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    if name == "training" { return .bool(training) }
    if let value = attributes[name] { return value }
    if let parameter = parameters[name] { return parameter.map { .native($0) } ?? Value.none }
    if let buffer = buffers[name] { return buffer.map { .native($0) } ?? Value.none }
    if let module = submodules[name] { return module.map(\.pythonValue) ?? Value.none }
    return nil
  }

  /// `module.name = value` with Module.__setattr__'s registration rules and errors.
  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    if name == "training" {
      training = try context.truthValue(value)
      return true
    }
    if case .native(let parameter as ParameterObject) = value {
      removeEverywhere(name)
      parameters.set(name, parameter)
      return true
    }
    if parameters.contains(name) {
      guard case .none = value else {
        throw NNError.type(
          "cannot assign '\(NNModule.pythonTypeName(value))' as parameter '\(name)' (torch.nn.Parameter or None expected)"
        )
      }
      parameters.set(name, nil)
      return true
    }
    if case .native(let module as NNModule) = value {
      removeEverywhere(name)
      submodules.set(name, module)
      return true
    }
    if submodules.contains(name) {
      guard case .none = value else {
        throw NNError.type(
          "cannot assign '\(NNModule.pythonTypeName(value))' as child module '\(name)' (torch.nn.Module or None expected)"
        )
      }
      submodules.set(name, nil)
      return true
    }
    if buffers.contains(name) {
      switch value {
      case .none: buffers.set(name, nil)
      case .native(let tensor as TensorObject): buffers.set(name, tensor)
      default:
        throw NNError.type(
          "cannot assign '\(NNModule.pythonTypeName(value))' as buffer '\(name)' (torch.Tensor or None expected)"
        )
      }
      return true
    }
    attributes[name] = value
    return true
  }

  /// `self.name = value` in a subclass before `super().__init__()` made the module: a parameter or a
  /// module has nowhere to be registered yet, so Module.__setattr__ refuses it; anything else is kept.
  static func checkAssignmentBeforeInit(_ name: String, value: Value) throws {
    switch value {
    case .native(is ParameterObject):
      throw NNError.attribute("cannot assign parameters before Module.__init__() call")
    case .native(is NNModule):
      throw NNError.attribute("cannot assign module before Module.__init__() call")
    default: return
    }
  }

  private func removeEverywhere(_ name: String) {
    attributes[name] = nil
    parameters.remove(name)
    buffers.remove(name)
    submodules.remove(name)
  }

  /// The name PyTorch's messages give a value's type: `torch.FloatTensor` for tensors, else the
  /// Python type name.
  static func pythonTypeName(_ value: Value) -> String {
    if let tensor = TorchValues.tensor(value) { return tensor.dtype.tensorTypeName }
    return value.typeName
  }

  // MARK: Traversal

  /// `named_modules()`: this module first (as `prefix`), then every submodule depth first, each once.
  func namedModules(prefix: String = "") -> [(name: String, module: NNModule)] {
    var seen = Set<ObjectIdentifier>()
    var result: [(String, NNModule)] = []
    func visit(_ module: NNModule, _ prefix: String) {
      guard seen.insert(ObjectIdentifier(module)).inserted else { return }
      result.append((prefix, module))
      for (name, child) in module.submodules.entries {
        guard let child else { continue }
        visit(child, prefix.isEmpty ? name : prefix + "." + name)
      }
    }
    visit(self, prefix)
    return result
  }

  /// `named_parameters(recurse=)`: each parameter once, with its dotted name.
  func namedParameters(recurse: Bool = true) -> [(name: String, parameter: ParameterObject)] {
    var seen = Set<ObjectIdentifier>()
    var result: [(String, ParameterObject)] = []
    let modules = recurse ? namedModules() : [("", self)]
    for (prefix, module) in modules {
      for (name, parameter) in module.parameters.entries {
        guard let parameter, seen.insert(ObjectIdentifier(parameter)).inserted else { continue }
        result.append((prefix.isEmpty ? name : prefix + "." + name, parameter))
      }
    }
    return result
  }

  /// `named_buffers(recurse=)`.
  func namedBuffers(recurse: Bool = true) -> [(name: String, buffer: TensorObject)] {
    var seen = Set<ObjectIdentifier>()
    var result: [(String, TensorObject)] = []
    let modules = recurse ? namedModules() : [("", self)]
    for (prefix, module) in modules {
      for (name, buffer) in module.buffers.entries {
        guard let buffer, seen.insert(ObjectIdentifier(buffer)).inserted else { continue }
        result.append((prefix.isEmpty ? name : prefix + "." + name, buffer))
      }
    }
    return result
  }

  /// `named_children()`: direct submodules, each once.
  func namedChildren() -> [(name: String, module: NNModule)] {
    var seen = Set<ObjectIdentifier>()
    return submodules.entries.compactMap { name, module in
      guard let module, seen.insert(ObjectIdentifier(module)).inserted else { return nil }
      return (name, module)
    }
  }

  /// `train(mode)`: sets the flag on this module and every submodule.
  func setTraining(_ mode: Bool) {
    for (_, module) in namedModules() { module.training = mode }
  }
}
