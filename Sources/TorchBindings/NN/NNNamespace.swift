import PythonRuntime

/// `torch.nn`: the module classes, `Parameter`, and the `functional`, `init` and `utils` submodules.
enum NNNamespace {
  /// Every nn type, for the session's type registry (so `type(x)` finds them by name).
  static let types: [TypeObject] =
    [
      NNModule.baseType, ParameterObject.parameterType, LinearModule.type, LeakyReLUModule.type,
      FlattenModule.type,
      DropoutModule.type, BatchNorm1dModule.type, Conv2dModule.type, SequentialModule.type,
      ModuleListModule.type, ModuleDictModule.type,
    ] + ElementwiseModule.types + SoftmaxModule.types + Pool2dModule.types + AdaptivePool2dModule.types
    + LossModule.types

  static func make() -> ModuleObject {
    let module = ModuleObject(name: "torch.nn")
    for type in types { module.attributes[type.name] = .type(type) }
    module.attributes["functional"] = .module(Functional.make())
    module.attributes["init"] = .module(NNInitFunctions.make())
    module.attributes["utils"] = .module(NNUtilsFunctions.make())
    return module
  }
}
