import Autograd
import PythonRuntime

/// `torch.return_types.max` / `min`: a named `(values, indices)` pair that indexes and unpacks.
final class ReturnTypesObject: NativeObject {
  let result: ReductionResult

  init(_ result: ReductionResult) {
    self.result = result
  }

  /// `torch.return_types.max` and `.min`: named `(values, indices)` pairs.
  private static let maxType = TypeObject(
    name: "max", qualifiedName: "torch.return_types.max", messageName: "torch.return_types.max",
    members: MemberTable([fields]))
  private static let minType = TypeObject(
    name: "min", qualifiedName: "torch.return_types.min", messageName: "torch.return_types.min",
    members: MemberTable([fields]))

  private static let fields: [Member] = [
    Member.property(of: ReturnTypesObject.self, "values") { object, _ in
      TensorObject.value(object.result.values)
    },
    Member.property(of: ReturnTypesObject.self, "indices") { object, _ in
      TensorObject.value(object.result.indices)
    },
  ]

  var pythonType: TypeObject {
    result.typeName.hasSuffix(".min") ? ReturnTypesObject.minType : ReturnTypesObject.maxType
  }

  func repr() -> String { result.description }

  private var elements: [Value] { [TensorObject.value(result.values), TensorObject.value(result.indices)] }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    try context.getItem(.tuple(elements), index)
  }

  func iterate(context: NativeContext) throws -> [Value]? { elements }

  func length(context: NativeContext) throws -> Int? { 2 }
}
