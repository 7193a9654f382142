import Autograd
import PythonRuntime

/// `torch.nn.Module`'s methods, the members of `nn.Module`'s type (layers' types add their own).
extension NNModule {
  static let methods = NativeMethodTable<NNModule>(
    owner: "Module", [traversal, modes, registration, hookRegistration, conversion, stateDict])

  /// A Python generator over `values`, as the traversal method `name` returns one
  /// (`<generator object Module.parameters at 0x…>`).
  static func generator(_ values: [Value], _ name: String) -> Value {
    var position = 0
    return .iterator(
      IteratorObject(typeName: "generator", displayName: "Module." + name) {
        guard position < values.count else { return nil }
        position += 1
        return values[position - 1]
      })
  }

  private static func pair(_ name: String, _ value: Value) -> Value { .tuple([.string(name), value]) }

  private static func prefixed(_ prefix: String, _ name: String) -> String {
    prefix.isEmpty ? name : prefix + "." + name
  }

  private static let traversal: [NativeMethod<NNModule>] = [
    NativeMethod("parameters", [.init("recurse", .bool(true))]) { module, call, _ in
      generator(
        module.namedParameters(recurse: try call.bool("recurse")).map { .native($0.parameter) }, "parameters")
    },
    NativeMethod(
      "named_parameters",
      [.init("prefix", .string("")), .init("recurse", .bool(true)), .init("remove_duplicate", .bool(true))]
    ) { module, call, _ in
      let prefix = try call["prefix"].asString()
      return generator(
        module.namedParameters(recurse: try call.bool("recurse")).map {
          pair(prefixed(prefix, $0.name), .native($0.parameter))
        }, "named_parameters")
    },
    NativeMethod("buffers", [.init("recurse", .bool(true))]) { module, call, _ in
      generator(module.namedBuffers(recurse: try call.bool("recurse")).map { .native($0.buffer) }, "buffers")
    },
    NativeMethod("named_buffers", [.init("prefix", .string("")), .init("recurse", .bool(true))]) {
      module, call, _ in
      let prefix = try call["prefix"].asString()
      return generator(
        module.namedBuffers(recurse: try call.bool("recurse")).map {
          pair(prefixed(prefix, $0.name), .native($0.buffer))
        }, "named_buffers")
    },
    NativeMethod("children") { module, _, _ in
      generator(module.namedChildren().map { $0.module.pythonValue }, "children")
    },
    NativeMethod("named_children") { module, _, _ in
      generator(module.namedChildren().map { pair($0.name, $0.module.pythonValue) }, "named_children")
    },
    NativeMethod("modules") { module, _, _ in
      generator(module.namedModules().map { $0.module.pythonValue }, "modules")
    },
    NativeMethod("named_modules", [.init("memo", .pythonNone), .init("prefix", .string(""))]) {
      module, call, _ in
      generator(
        module.namedModules(prefix: try call["prefix"].asString()).map {
          pair($0.name, $0.module.pythonValue)
        }, "named_modules")
    },
    NativeMethod("forward", variadic: true) { module, call, context in
      try module.forward(call.rest, context: context)
    },
    NativeMethod("extra_repr") { module, _, _ in .string(module.extraRepr()) },
  ]

  private static let modes: [NativeMethod<NNModule>] = [
    NativeMethod("train", [.init("mode", .bool(true))]) { module, call, _ in
      guard case .bool(let mode) = call["mode"] else {
        throw NNError.value("training mode is expected to be boolean")
      }
      module.setTraining(mode)
      return .native(module)
    },
    NativeMethod("eval") { module, _, _ in
      module.setTraining(false)
      return .native(module)
    },
    NativeMethod("zero_grad", [.init("set_to_none", .bool(true))]) { module, call, context in
      let setToNone = try call.bool("set_to_none")
      try TorchBridge.run(context) {
        for (_, parameter) in module.namedParameters() {
          try parameter.tensor.clearGrad(setToNone: setToNone)
        }
      }
      return .none
    },
    NativeMethod("requires_grad_", [.init("requires_grad", .bool(true))]) { module, call, context in
      let flag = try call.bool("requires_grad")
      try TorchBridge.run(context) {
        for (_, parameter) in module.namedParameters() { _ = try parameter.tensor.requiresGrad_(flag) }
      }
      return .native(module)
    },
    NativeMethod("apply", ["fn"]) { module, call, context in
      // Children first, then the module itself, as PyTorch recurses (a module shared by two parents is
      // visited from each); a module containing itself ends in RecursionError instead of a stack overflow.
      var order: [NNModule] = []
      func visit(_ current: NNModule, depth: Int) throws {
        guard depth < ModuleRepr.maximumDepth else {
          throw PythonError(.recursionError, "maximum recursion depth exceeded")
        }
        for (_, child) in current.namedChildren() { try visit(child, depth: depth + 1) }
        order.append(current)
      }
      try visit(module, depth: 0)
      for current in order { _ = try context.call(call["fn"], Arguments([current.pythonValue])) }
      return .native(module)
    },
  ]

  private static let registration: [NativeMethod<NNModule>] = [
    NativeMethod("register_buffer", ["name", "tensor", .init("persistent", .bool(true))]) {
      module, call, _ in
      let name = try call["name"].asString()
      try checkNewName(module, name, kind: "buffer")
      switch call["tensor"] {
      case .none: module.buffers.set(name, nil)
      case .native(let tensor as TensorObject): module.buffers.set(name, tensor)
      case let other:
        throw NNError.type(
          "cannot assign '\(pythonTypeName(other))' object to buffer '\(name)' (torch Tensor or None required)"
        )
      }
      module.attributes[name] = nil
      if try call.bool("persistent") {
        module.nonPersistentBuffers.remove(name)
      } else {
        module.nonPersistentBuffers.insert(name)
      }
      return .none
    },
    NativeMethod("register_parameter", ["name", "param"]) { module, call, _ in
      let name = try call["name"].asString()
      try checkNewName(module, name, kind: "parameter")
      switch call["param"] {
      case .none: module.parameters.set(name, nil)
      case .native(let parameter as ParameterObject): module.parameters.set(name, parameter)
      case let other:
        throw NNError.type(
          "cannot assign '\(pythonTypeName(other))' object to parameter '\(name)' (torch.nn.Parameter or None required)"
        )
      }
      module.attributes[name] = nil
      return .none
    },
    NativeMethod("add_module", ["name", "module"]) { module, call, context in
      let name = try call["name"].asString()
      switch call["module"] {
      case .none: module.submodules.set(name, nil)
      case let other: module.submodules.set(name, try ContainerSupport.module(other, context))
      }
      return .none
    },
  ]

  /// Module.register_buffer/register_parameter's checks on a new name.
  private static func checkNewName(_ module: NNModule, _ name: String, kind: String) throws {
    // KeyError shows its message as a repr, as Python does for the string PyTorch raises.
    if name.contains(".") { throw NNError.key("\(kind) name can't contain \".\"") }
    if name.isEmpty { throw NNError.key("\(kind) name can't be empty string \"\"") }
    if module.attributes[name] != nil || (kind == "buffer" && module.parameters.contains(name))
      || (kind == "parameter" && module.buffers.contains(name))
    {
      throw NNError.key("attribute '\(name)' already exists")
    }
  }

  private static let conversion: [NativeMethod<NNModule>] = [
    NativeMethod("double") { module, _, context in try module.converted(to: .float64, context) },
    NativeMethod("float") { module, _, context in try module.converted(to: .float32, context) },
    NativeMethod("to", [.init("dtype", .pythonNone)]) { module, call, context in
      guard case .native = call["dtype"] else {
        if case .string(let device) = call["dtype"], device == "cpu" { return .native(module) }
        return .native(module)
      }
      if case .native(let device) = call["dtype"], device is DeviceObject { return .native(module) }
      guard let dtype = try call.dtype("dtype") else { return .native(module) }
      guard dtype.isFloatingPoint else {
        throw NNError.type(
          "nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=\(DTypeObject.of(dtype).repr())"
        )
      }
      return try module.converted(to: dtype, context)
    },
  ]

  /// `module.to(dtype)`: every floating-point parameter (with its grad) and buffer converted, in place.
  ///
  /// PyTorch swaps each parameter's data and keeps the Parameter object; the engine's tensors have a
  /// fixed dtype, so each parameter is replaced by a converted Parameter with the same requires_grad.
  func converted(to dtype: DType, _ context: NativeContext) throws -> Value {
    try TorchBridge.run(context) {
      for (_, module) in namedModules() {
        for (name, parameter) in module.parameters.entries {
          guard let parameter, parameter.tensor.dtype.isFloatingPoint, parameter.tensor.dtype != dtype else {
            continue
          }
          let replacement = try ParameterObject.make(
            from: try parameter.tensor.detach().to(dtype), requiresGrad: parameter.tensor.requiresGrad)
          if let grad = parameter.tensor.gradIfPresent { try replacement.tensor.setGrad(try grad.to(dtype)) }
          module.parameters.set(name, replacement)
        }
        for (name, buffer) in module.buffers.entries {
          guard let buffer, buffer.tensor.dtype.isFloatingPoint, buffer.tensor.dtype != dtype else {
            continue
          }
          module.buffers.set(name, TensorObject.wrap(try buffer.tensor.to(dtype)))
        }
      }
    }
    return .native(self)
  }
}
