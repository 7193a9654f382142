/// `import numpy as np` is accepted (the seed notebook does it); every member explains that numpy is absent.
enum NumpyModule {
  static func make() -> ModuleObject {
    ModuleObject(name: "numpy") { name in
      PythonError.attributeError("module 'numpy' is not available in Gradbook; '\(name)' is not provided")
    }
  }
}
