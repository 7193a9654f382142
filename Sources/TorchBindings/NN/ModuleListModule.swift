import PythonRuntime

/// `nn.ModuleList(modules)`: a list of modules registered as children `0`, `1`, …; indexing, slicing,
/// `len`, iteration, `append`, `extend` and `insert`. Its repr collapses runs of equal children.
final class ModuleListModule: NNModule {
  static let type = moduleType(
    "ModuleList", ModuleListModule.self, file: "container", members: ModuleListModule.containerMethods.members
  ) { type, arguments, context in
    let call = try TorchCall(
      python: arguments, method: true,
      Signature("ModuleList.__init__", [.init("modules", default: .none)]))
    let module = ModuleListModule(type: type)
    if !call["modules"].isNone {
      try module.reset(try context.iterate(call["modules"]).map { try ContainerSupport.module($0, context) })
    }
    return .native(module)
  }

  /// The children in order.
  var items: [NNModule] { submodules.entries.compactMap(\.element) }

  /// Re-registers `modules` as children `0`, `1`, ….
  func reset(_ modules: [NNModule]) throws {
    submodules = OrderedSlots()
    for (offset, module) in modules.enumerated() { submodules.set(String(offset), module) }
  }

  /// ModuleList's own methods.
  static let containerMethods = NativeMethodTable<ModuleListModule>(
    owner: "ModuleList",
    [
      [
        NativeMethod("append", ["module"]) { list, call, context in
          try list.reset(list.items + [try ContainerSupport.module(call["module"], context)])
          return .native(list)
        },
        NativeMethod("extend", ["modules"]) { list, call, context in
          let added = try context.iterate(call["modules"]).map { try ContainerSupport.module($0, context) }
          try list.reset(list.items + added)
          return .native(list)
        },
        NativeMethod("insert", ["index", "module"]) { list, call, context in
          var modules = list.items
          let index = try call.int("index")
          let position = Swift.max(0, Swift.min(modules.count, index < 0 ? index + modules.count : index))
          modules.insert(try ContainerSupport.module(call["module"], context), at: position)
          try list.reset(modules)
          return .none
        },
      ]
    ])

  override func length(context: NativeContext) throws -> Int? { submodules.count }

  override func iterate(context: NativeContext) throws -> [Value]? { items.map(\.pythonValue) }

  override func getItem(_ index: Value, context: NativeContext) throws -> Value {
    let modules = items
    if case .slice = index {
      let sliced = ModuleListModule(type: pythonType)
      try sliced.reset(
        try ContainerSupport.slicePositions(index, count: modules.count, context).map { modules[$0] })
      return .native(sliced)
    }
    return modules[try ContainerSupport.position(index, count: modules.count, context)].pythonValue
  }

  override func setItem(_ index: Value, value: Value, context: NativeContext) throws {
    var modules = items
    modules[try ContainerSupport.position(index, count: modules.count, context)] =
      try ContainerSupport.module(
        value, context)
    try reset(modules)
  }
}
