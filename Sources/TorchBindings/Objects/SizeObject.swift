import Autograd
import PythonRuntime

/// `torch.Size`: a tuple of ints with its own repr (`torch.Size([2, 3])`).
///
/// Indexes, slices (giving a Size), iterates, unpacks, has `len`, compares equal to tuples with the
/// same ints, and concatenates with tuples.
final class SizeObject: NativeObject {
  let sizes: [Int]

  init(_ sizes: [Int]) {
    self.sizes = sizes
  }

  /// A Size as a cell value.
  static func value(_ sizes: [Int]) -> Value { .native(SizeObject(sizes)) }

  /// `torch.Size`: a `tuple` subclass; `torch.Size([2, 3])` makes one from any sequence of ints.
  static let type = TypeObject(
    name: "Size", qualifiedName: "torch.Size", messageName: "torch.Size", bases: [.tuple],
    members: MemberTable([methods])
  ) { _, arguments, _ in
    let bound = try arguments.bind(Signature("Size", [.init("sizes", default: .tuple([]))]))
    do {
      guard let sizes = try TorchValues.intList(bound["sizes"]) else {
        throw PythonError.typeError("'\(bound["sizes"].typeName)' object is not iterable")
      }
      return SizeObject.value(sizes)
    } catch let error as TorchValues.IntListElementError {
      throw PythonError.typeError(
        "torch.Size() takes an iterable of 'int' (item \(error.position) is '\(error.typeName)')")
    }
  }

  var pythonType: TypeObject { SizeObject.type }

  func repr() -> String { TensorPrinter.sizeRepr(sizes) }

  private var elements: [Value] { sizes.map { .int($0) } }

  /// `numel()`, and `count`/`index` as a tuple of ints has them.
  private static let methods: [Member] = [
    Member.method(of: SizeObject.self, Signature("numel", [])) { size, _, _ in
      var total = 1
      for count in size.sizes {
        let (product, overflow) = total.multipliedReportingOverflow(by: count)
        if overflow { throw PythonError(.overflowError, "numel is too large") }
        total = product
      }
      return .int(total)
    },
    Member.method(of: SizeObject.self, Signature("count", ["value"])) { size, bound, _ in
      guard case .int(let target) = bound["value"] else { return .int(0) }
      return .int(size.sizes.filter { $0 == target }.count)
    },
    Member.method(of: SizeObject.self, Signature("index", ["value"])) { size, bound, _ in
      if case .int(let target) = bound["value"], let position = size.sizes.firstIndex(of: target) {
        return .int(position)
      }
      throw PythonError(.valueError, "tuple.index(x): x not in tuple")
    },
  ]

  func getItem(_ index: Value, context: NativeContext) throws -> Value {
    switch index {
    case .slice(let slice):
      let list = ListObject(elements)
      let picked = try context.getItem(.list(list), .slice(slice))
      return .native(SizeObject(((try? TorchValues.intList(picked)) ?? nil) ?? []))
    default:
      guard let position = try context.indexValue(index) else {
        throw PythonError.typeError("tuple indices must be integers or slices, not \(index.typeName)")
      }
      let adjusted = position < 0 ? position + sizes.count : position
      guard adjusted >= 0, adjusted < sizes.count else {
        throw PythonError.indexError("tuple index out of range")
      }
      return .int(sizes[adjusted])
    }
  }

  func iterate(context: NativeContext) throws -> [Value]? { elements }

  func length(context: NativeContext) throws -> Int? { sizes.count }

  func truthValue(context: NativeContext) throws -> Bool { !sizes.isEmpty }

  func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    let otherElements: [Value]
    switch other {
    case .tuple(let items): otherElements = items
    case .native(let object as SizeObject): otherElements = object.elements
    default: return nil
    }
    return try context.compare(op, .tuple(elements), .tuple(otherElements))
  }

  func binaryOperation(_ op: BinaryOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  {
    guard op == .add else { return nil }
    switch other {
    case .tuple(let items):
      if reflected { return .tuple(items + elements) }
      guard let extra = (try? TorchValues.intList(other)) ?? nil else { return .tuple(elements + items) }
      return SizeObject.value(sizes + extra)
    case .native(let object as SizeObject):
      return SizeObject.value(reflected ? object.sizes + sizes : sizes + object.sizes)
    default:
      return nil
    }
  }
}
