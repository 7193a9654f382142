/// A live view of a dict's keys, values or items (`d.keys()`, `d.values()`, `d.items()`).
final class DictView: NativeObject {
  enum Kind: String {
    case keys
    case values
    case items
  }

  let dict: DictObject
  let kind: Kind

  init(dict: DictObject, kind: Kind) {
    self.dict = dict
    self.kind = kind
  }

  // `dict_keys`, `dict_values`, `dict_items`: views have no methods cells can call here.
  private static let keysType = TypeObject(name: "dict_keys")
  private static let valuesType = TypeObject(name: "dict_values")
  private static let itemsType = TypeObject(name: "dict_items")
  // An OrderedDict (a module's `state_dict()`) has view types of its own in CPython, which print as
  // `odict_keys([...])`; a learner's `model.state_dict().keys()` must read as PyTorch's does.
  private static let orderedKeysType = TypeObject(name: "odict_keys")
  private static let orderedValuesType = TypeObject(name: "odict_values")
  private static let orderedItemsType = TypeObject(name: "odict_items")

  var pythonType: TypeObject {
    let ordered = dict.displayStyle == .orderedDict
    switch kind {
    case .keys: return ordered ? DictView.orderedKeysType : DictView.keysType
    case .values: return ordered ? DictView.orderedValuesType : DictView.valuesType
    case .items: return ordered ? DictView.orderedItemsType : DictView.itemsType
    }
  }

  var elements: [Value] {
    switch kind {
    case .keys: return dict.keys
    case .values: return dict.values
    case .items: return dict.entries.map { .tuple([$0.key, $0.value]) }
    }
  }

  func repr() -> String {
    typeName + "(" + ValueFormatter.repr(.list(ListObject(elements))) + ")"
  }

  func iterate(context: NativeContext) throws -> [Value]? { elements }

  func length(context: NativeContext) throws -> Int? { dict.count }

  func truthValue(context: NativeContext) throws -> Bool { dict.count > 0 }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    throw PythonError.typeError("'\(typeName)' object is not subscriptable")
  }

  func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    guard op == .equal || op == .notEqual else { return nil }
    guard case .native(let object) = other, let view = object as? DictView, view.kind == kind, kind != .values
    else {
      return .bool(op == .notEqual)
    }
    let mine = try SetObject(elements)
    let theirs = view.elements
    let equal = try theirs.count == mine.count && theirs.allSatisfy { try mine.contains($0) }
    return .bool(op == .equal ? equal : !equal)
  }
}
