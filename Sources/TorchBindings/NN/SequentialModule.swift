import Autograd
import PythonRuntime

/// `nn.Sequential(*modules)` or `nn.Sequential(OrderedDict)`: calls its children in order; indexing,
/// slicing (a Sequential keeping the names), `len`, iteration and `append`.
final class SequentialModule: NNModule {
  static let type = moduleType(
    "Sequential", SequentialModule.self, file: "container", members: SequentialModule.containerMethods.members
  ) { type, arguments, context in
    let call = try TorchCall(
      python: arguments, method: true,
      Signature("Sequential.__init__", [], variadicPositional: "args"))
    let module = SequentialModule(type: type)
    let items = call.bound.extraPositional
    if items.count == 1, case .dict(let dict) = items[0] {
      for (key, value) in dict.entries {
        module.submodules.set(try key.asString(), try ContainerSupport.module(value, context))
      }
    } else {
      for (offset, item) in items.enumerated() {
        module.submodules.set(String(offset), try ContainerSupport.module(item, context))
      }
    }
    return .native(module)
  }

  override func forward(_ arguments: Arguments, context: NativeContext) throws -> Value {
    var value = try TorchCall(
      python: arguments, method: true,
      Signature("\(className).forward", ["input"]))["input"]
    for (_, child) in submodules.entries {
      guard let child else { continue }
      value = try context.call(.native(child), Arguments([value]))
    }
    return value
  }

  /// Sequential's own methods.
  static let containerMethods = NativeMethodTable<SequentialModule>(
    owner: "Sequential",
    [
      [
        NativeMethod("append", ["module"]) { module, call, context in
          module.submodules.set(
            String(module.submodules.count), try ContainerSupport.module(call["module"], context))
          return .native(module)
        }
      ]
    ])

  override func length(context: NativeContext) throws -> Int? { submodules.count }

  override func iterate(context: NativeContext) throws -> [Value]? {
    submodules.entries.compactMap { $0.element?.pythonValue }
  }

  override func getItem(_ index: Value, context: NativeContext) throws -> Value {
    let entries = submodules.entries
    if case .slice = index {
      let sliced = SequentialModule(type: pythonType)
      for position in try ContainerSupport.slicePositions(index, count: entries.count, context) {
        sliced.submodules.set(entries[position].name, entries[position].element)
      }
      return .native(sliced)
    }
    let position = try ContainerSupport.position(index, count: entries.count, context)
    return entries[position].element?.pythonValue ?? .none
  }

  override func setItem(_ index: Value, value: Value, context: NativeContext) throws {
    let entries = submodules.entries
    let position = try ContainerSupport.position(index, count: entries.count, context)
    submodules.set(entries[position].name, try ContainerSupport.module(value, context))
  }
}
