import PythonRuntime

/// `torch.optim` (SGD, Adam, AdamW) and `torch.optim.lr_scheduler` (StepLR, ExponentialLR).
enum OptimNamespace {
  static let types: [TypeObject] = OptimizerObject.types + LRSchedulerObject.types

  static func make() -> ModuleObject {
    let module = ModuleObject(name: "torch.optim")
    for type in OptimizerObject.types { module.attributes[type.name] = .type(type) }
    let schedulers = ModuleObject(name: "torch.optim.lr_scheduler")
    for type in LRSchedulerObject.types { schedulers.attributes[type.name] = .type(type) }
    module.attributes["lr_scheduler"] = .module(schedulers)
    return module
  }
}
