/// Builtins over iterables: `len`, `enumerate`, `zip`, `map`, `filter`, `sorted`, `reversed`, `any`, `all`, `iter`, `next`.
extension Builtins {
  static let iteration: [BuiltinFunction] = [
    function("len") { arguments, evaluator in
      .int(try evaluator.length(of: try single(arguments, "len")))
    },
    function("enumerate") { arguments, evaluator in
      let bound = try arguments.bind(Signature("enumerate", ["iterable", .init("start", default: .int(0))]))
      let next = try evaluator.makeIterator(bound["iterable"])
      // nil once the count has passed Int.max: CPython's count goes on as a big int, which Gradbook has not.
      var counter: Int? = try bound["start"].asInt()
      return .iterator(
        IteratorObject(typeName: "enumerate") {
          guard let element = try next() else { return nil }
          guard let current = counter else { throw PythonError.overflow() }
          let (following, overflow) = current.addingReportingOverflow(1)
          counter = overflow ? nil : following
          return .tuple([.int(current), element])
        })
    },
    function("zip") { arguments, evaluator in
      let bound = try arguments.bind(
        Signature(
          "zip", [.init("strict", default: .bool(false), keywordOnly: true)], variadicPositional: "iterables")
      )
      let iterators = try bound.extraPositional.map { try evaluator.makeIterator($0) }
      let strict = try evaluator.truthValue(bound["strict"])
      return .iterator(
        IteratorObject(typeName: "zip") {
          guard !iterators.isEmpty else { return nil }
          var items: [Value] = []
          for (offset, next) in iterators.enumerated() {
            guard let item = try next() else {
              if strict && offset > 0 {
                throw PythonError.valueError("zip() argument \(offset + 1) is shorter than argument 1")
              }
              return nil
            }
            items.append(item)
          }
          return .tuple(items)
        })
    },
    function("map") { arguments, evaluator in
      guard arguments.positional.count >= 2 else {
        throw PythonError.typeError("map() must have at least two arguments.")
      }
      let function = arguments.positional[0]
      let iterators = try arguments.positional.dropFirst().map { try evaluator.makeIterator($0) }
      return .iterator(
        IteratorObject(typeName: "map") {
          var items: [Value] = []
          for next in iterators {
            guard let item = try next() else { return nil }
            items.append(item)
          }
          return try evaluator.call(function, Arguments(items))
        })
    },
    function("filter") { arguments, evaluator in
      guard arguments.positional.count == 2 else {
        throw PythonError.typeError("filter expected 2 arguments, got \(arguments.positional.count)")
      }
      let function = arguments.positional[0]
      let next = try evaluator.makeIterator(arguments.positional[1])
      return .iterator(
        IteratorObject(typeName: "filter") {
          while let item = try next() {
            try evaluator.step()
            let keep = function.isNone ? item : try evaluator.call(function, Arguments([item]))
            if try evaluator.truthValue(keep) { return item }
          }
          return nil
        })
    },
    function("sorted") { arguments, evaluator in
      let bound = try arguments.bind(
        Signature(
          "sorted",
          [
            .init("iterable", positionalOnly: true), .init("key", default: .none, keywordOnly: true),
            .init("reverse", default: .bool(false), keywordOnly: true),
          ]))
      return .list(
        ListObject(
          try evaluator.sorted(
            try evaluator.materialize(bound["iterable"]), key: bound["key"],
            reverse: try evaluator.truthValue(bound["reverse"]))))
    },
    function("reversed") { arguments, evaluator in
      let value = try single(arguments, "reversed")
      let elements: [Value]
      switch value {
      case .list, .tuple, .range, .string: elements = try evaluator.materialize(value)
      case .native(let object):
        guard let items = try object.iterate(context: evaluator.context) else {
          throw PythonError.typeError("'\(value.typeName)' object is not reversible")
        }
        elements = items
      default:
        throw PythonError.typeError("'\(value.typeName)' object is not reversible")
      }
      var index = elements.count
      return .iterator(
        IteratorObject(typeName: "reversed") {
          guard index > 0 else { return nil }
          index -= 1
          return elements[index]
        })
    },
    function("any") { arguments, evaluator in
      let next = try evaluator.makeIterator(try single(arguments, "any"))
      while let item = try next() {
        try evaluator.step()
        if try evaluator.truthValue(item) { return .bool(true) }
      }
      return .bool(false)
    },
    function("all") { arguments, evaluator in
      let next = try evaluator.makeIterator(try single(arguments, "all"))
      while let item = try next() {
        try evaluator.step()
        if try !evaluator.truthValue(item) { return .bool(false) }
      }
      return .bool(true)
    },
    function("iter") { arguments, evaluator in
      let value = try single(arguments, "iter")
      if case .iterator = value { return value }
      let next = try evaluator.makeIterator(value)
      let typeName: String
      switch value {
      case .list: typeName = "list_iterator"
      case .tuple: typeName = "tuple_iterator"
      case .string: typeName = "str_iterator"
      case .range: typeName = "range_iterator"
      case .dict: typeName = "dict_keyiterator"
      case .set: typeName = "set_iterator"
      default: typeName = "iterator"
      }
      return .iterator(IteratorObject(typeName: typeName, next: next))
    },
    function("next") { arguments, evaluator in
      guard (1...2).contains(arguments.positional.count) else {
        throw PythonError.typeError("next expected at least 1 argument, got \(arguments.positional.count)")
      }
      if case .native(let instance as InstanceObject) = arguments.positional[0] {
        return try evaluator.nextOfInstance(instance, default: arguments.positional.dropFirst().first)
          ?? Value.none
      }
      guard case .iterator(let iterator) = arguments.positional[0] else {
        throw PythonError.typeError("'\(arguments.positional[0].typeName)' object is not an iterator")
      }
      if let value = try iterator.next() { return value }
      if arguments.positional.count == 2 { return arguments.positional[1] }
      throw Evaluator.stopIteration(iterator.generator?.returnValue)
    },
  ]
}

extension Evaluator {
  /// `len(value)`, with CPython's errors for values without a length.
  func length(of value: Value) throws -> Int {
    switch value {
    case .string(let text):
      try chargeWork(text.utf8.count)
      return text.unicodeScalars.count
    case .list(let list): return list.elements.count
    case .tuple(let elements): return elements.count
    case .dict(let dict): return dict.count
    case .set(let set): return set.count
    case .range(let range):
      guard let count = range.exactCount else {
        throw PythonError(.overflowError, "Python int too large to convert to C ssize_t")
      }
      return count
    case .native(let object):
      if let length = try object.length(context: context) { return length }
    default: break
    }
    throw PythonError.typeError("object of type '\(value.typeName)' has no len()")
  }
}
