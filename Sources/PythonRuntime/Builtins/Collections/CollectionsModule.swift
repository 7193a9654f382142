/// Python's `collections` module: `OrderedDict`, `defaultdict`, `Counter` (see ``DictObject/DisplayStyle``).
enum CollectionsModule {
  static func make() -> ModuleObject {
    ModuleObject(
      name: "collections",
      attributes: [
        "OrderedDict": .type(.orderedDict), "defaultdict": .type(.defaultDict), "Counter": .type(.counter),
      ])
  }
}
