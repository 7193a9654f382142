/// `list`'s methods (its `count` and `index` are shared with `tuple`, in ``SequenceMethods``).
enum ListMethods {
  static let table = MemberTable([growing, shrinking, ordering, SequenceMethods.searching(of: "list")])

  static let growing: [Member] = [
    .list("append", .positional(1...1), charged: false) { list, arguments, evaluator in
      try evaluator.checkContainerSize(list.elements.count + 1, "list")
      list.elements.append(arguments.positional[0])
      return .none
    },
    .list("extend", .positional(1...1)) { list, arguments, evaluator in
      let extra = try evaluator.materialize(arguments.positional[0])
      try evaluator.checkContainerSize(list.elements.count + extra.count, "list")
      list.elements.append(contentsOf: extra)
      return .none
    },
    .list("insert", .positional(2...2)) { list, arguments, evaluator in
      var index = try arguments.positional[0].asInt()
      let count = list.elements.count
      if index < 0 { index = max(index + count, 0) }
      try evaluator.checkContainerSize(count + 1, "list")
      list.elements.insert(arguments.positional[1], at: min(index, count))
      return .none
    },
    .list("copy", .positional(0...0)) { list, _, _ in .list(ListObject(list.elements)) },
  ]

  static let shrinking: [Member] = [
    .list("pop", .positional(0...1)) { list, arguments, evaluator in
      guard !list.elements.isEmpty else { throw PythonError.indexError("pop from empty list") }
      var index = list.elements.count - 1
      if let requested = arguments[0] {
        index = try requested.asInt()
        if index < 0 { index += list.elements.count }
        guard index >= 0 && index < list.elements.count else {
          throw PythonError.indexError("pop index out of range")
        }
      }
      return list.elements.remove(at: index)
    },
    .list("remove", .positional(1...1)) { list, arguments, evaluator in
      let target = arguments.positional[0]
      for (offset, element) in list.elements.enumerated()
      where try evaluator.isSame(element, target) || evaluator.valuesEqual(element, target) {
        list.elements.remove(at: offset)
        return .none
      }
      throw PythonError.valueError("list.remove(x): x not in list")
    },
    .list("clear", .positional(0...0)) { list, _, _ in
      list.elements.removeAll()
      return .none
    },
  ]

  /// `sort(*, key=None, reverse=False)`.
  private static let sortSignature = Signature(
    "sort",
    [
      .init("key", default: .none, keywordOnly: true),
      .init("reverse", default: .bool(false), keywordOnly: true),
    ])

  static let ordering: [Member] = [
    .list("sort", .custom) { list, arguments, evaluator in
      if !arguments.positional.isEmpty { throw PythonError.typeError("sort() takes no positional arguments") }
      let bound = try arguments.bind(sortSignature)
      list.elements = try evaluator.sorted(
        list.elements, key: bound["key"], reverse: try evaluator.truthValue(bound["reverse"]))
      return .none
    },
    .list("reverse", .positional(0...0)) { list, _, _ in
      list.elements.reverse()
      return .none
    },
  ]
}

extension Member {
  /// A `list` method; unless `charged` is false its work is charged by the list's length.
  static func list(
    _ name: String, _ signature: MethodSignature, charged: Bool = true,
    _ body: @escaping @Sendable (ListObject, Arguments, Evaluator) throws -> Value
  ) -> Member {
    builtin(name, signature, of: "list", charged: charged, body)
  }
}
