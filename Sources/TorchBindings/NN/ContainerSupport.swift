import PythonRuntime

/// Index and element checks the module containers share.
enum ContainerSupport {
  /// A container element: a module, or PyTorch's TypeError.
  /// A cell-class instance (`class Block(nn.Module)`) stands for its native part.
  static func module(_ value: Value, _ context: NativeContext) throws -> NNModule {
    if case .native(let module as NNModule) = value { return module }
    if let part = context.nativePart(of: value) as? NNModule { return part }
    throw NNError.type("\(value.typeName) is not a Module subclass")
  }

  /// An int index into `count` children (negative from the end), or PyTorch's IndexError.
  static func position(_ index: Value, count: Int, _ context: NativeContext) throws -> Int {
    guard let number = try context.indexValue(index) else {
      throw NNError.type("list indices must be integers or slices, not \(index.typeName)")
    }
    guard number >= -count && number < count else { throw NNError.index("index \(number) is out of range") }
    return number < 0 ? number + count : number
  }

  /// The positions a slice selects from `count` children, as `list(range(count))[slice]` does.
  static func slicePositions(_ index: Value, count: Int, _ context: NativeContext) throws -> [Int] {
    let positions = Value.makeList((0..<count).map { .int($0) })
    let selected = try context.getItem(positions, index)
    return try context.iterate(selected).map { try $0.asInt() }
  }
}
