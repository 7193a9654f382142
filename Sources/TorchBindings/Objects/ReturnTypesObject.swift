import Autograd
import PythonRuntime

/// `torch.return_types.max` / `min`: a named `(values, indices)` pair that indexes and unpacks.
final class ReturnTypesObject: NativeObject {
  let result: ReductionResult

  init(_ result: ReductionResult) {
    self.result = result
  }

  var typeName: String {
    result.typeName.split(separator: ".").last.map(String.init) ?? result.typeName
  }

  func repr() -> String { result.description }

  private var elements: [Value] { [TensorObject.value(result.values), TensorObject.value(result.indices)] }

  func getAttribute(_ name: String, context: NativeContext) throws -> Value? {
    switch name {
    case "values": return TensorObject.value(result.values)
    case "indices": return TensorObject.value(result.indices)
    default: return nil
    }
  }

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    try context.getItem(.tuple(elements), index)
  }

  func iterate(context: NativeContext) throws -> [Value]? { elements }

  func length(context: NativeContext) throws -> Int? { 2 }
}
