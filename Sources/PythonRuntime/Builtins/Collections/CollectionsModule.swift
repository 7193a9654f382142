/// Python's `collections` module: `OrderedDict`, `defaultdict`, `Counter` (see ``DictObject/DisplayStyle``) and
/// `namedtuple`.
enum CollectionsModule {
  static func make() -> ModuleObject {
    ModuleObject(
      name: "collections",
      attributes: [
        "OrderedDict": .type(.orderedDict), "defaultdict": .type(.defaultDict), "Counter": .type(.counter),
        "namedtuple": .builtin(NamedTupleFactory.function),
      ])
  }
}
