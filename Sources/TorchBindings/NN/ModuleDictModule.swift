import PythonRuntime

/// `nn.ModuleDict(modules)`: modules by name in insertion order; `d[key]`, `d[key] = m`, `len`,
/// iteration over keys, `keys()`, `values()`, `items()`.
final class ModuleDictModule: NNModule {
  static let type = moduleType(
    "ModuleDict", ModuleDictModule.self, file: "container", members: ModuleDictModule.containerMethods.members
  ) { type, arguments, context in
    let call = try TorchCall(
      python: arguments, method: true,
      Signature("ModuleDict.__init__", [.init("modules", default: .none)]))
    let module = ModuleDictModule(type: type)
    switch call["modules"] {
    case .none: break
    case .dict(let dict):
      for (key, value) in dict.entries {
        module.submodules.set(try key.asString(), try ContainerSupport.module(value, context))
      }
    case let pairs:
      for pair in try context.iterate(pairs) {
        let parts = try context.iterate(pair)
        guard parts.count == 2 else {
          throw NNError.value("ModuleDict update sequence element has length \(parts.count); 2 is required")
        }
        module.submodules.set(try parts[0].asString(), try ContainerSupport.module(parts[1], context))
      }
    }
    return .native(module)
  }

  /// ModuleDict's own methods.
  static let containerMethods = NativeMethodTable<ModuleDictModule>(
    owner: "ModuleDict",
    [
      [
        NativeMethod("keys") { dict, _, _ in .makeList(dict.submodules.names.map { .string($0) }) },
        NativeMethod("values") { dict, _, _ in
          .makeList(dict.submodules.entries.map { $0.element?.pythonValue ?? .none })
        },
        NativeMethod("items") { dict, _, _ in
          .makeList(
            dict.submodules.entries.map {
              .tuple([.string($0.name), $0.element?.pythonValue ?? .none])
            })
        },
      ]
    ])

  override func length(context: NativeContext) throws -> Int? { submodules.count }

  override func iterate(context: NativeContext) throws -> [Value]? { submodules.names.map { .string($0) } }

  override func getItem(_ index: Value, context: NativeContext) throws -> Value {
    let key = try index.asString()
    guard let module = submodules[key] else { throw NNError.key(key) }
    return module?.pythonValue ?? .none
  }

  override func setItem(_ index: Value, value: Value, context: NativeContext) throws {
    submodules.set(try index.asString(), try ContainerSupport.module(value, context))
  }
}
