/// Python's `__future__` module: what `from __future__ import feature` binds, after the parser has checked
/// the feature (``FutureImports``). Every feature Gradbook accepts is the language's default behaviour.
enum FutureModule {
  /// Each feature's `_Feature` (optional release, mandatory release, compiler flag), as CPython 3.11 shows it.
  private static let reprs: [(String, String)] = [
    ("nested_scopes", "(2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16"),
    ("generators", "(2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0"),
    ("division", "(2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072"),
    ("absolute_import", "(2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 262144"),
    ("with_statement", "(2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 524288"),
    ("print_function", "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 1048576"),
    ("unicode_literals", "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 2097152"),
    ("barry_as_FLUFL", "(3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 4194304"),
    ("generator_stop", "(3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 8388608"),
    ("annotations", "(3, 7, 0, 'beta', 1), None, 16777216"),
  ]

  static func make() -> ModuleObject {
    let module = ModuleObject(name: "__future__")
    for (name, fields) in reprs {
      module.attributes[name] = .native(FeatureObject(text: "_Feature(\(fields))"))
    }
    module.attributes["all_feature_names"] = .makeList(reprs.map { .string($0.0) })
    return module
  }

  /// A `__future__._Feature`, known by its repr.
  final class FeatureObject: NativeObject {
    static let type = TypeObject(name: "_Feature", qualifiedName: "__future__._Feature")
    let text: String

    init(text: String) { self.text = text }

    var pythonType: TypeObject { Self.type }

    func repr() -> String { text }
  }
}
