/// A Swift object exposed to cells as a Python value (`Value.native`), e.g. a tensor.
///
/// Conform a class and implement only what the type supports; every requirement has a default
/// that behaves like a Python object lacking that special method (raising Python's own TypeError
/// or AttributeError wording). Throw ``PythonError`` to raise Python exceptions; use the
/// ``NativeContext`` to emit warnings, format other values, or call Python callables.
///
/// How the evaluator uses it:
/// - `x.name`, `x.name(args)`, `x.name = v`, `hasattr`, `dir(x)` → the members of ``pythonType``
///   (its table of methods and data attributes, and those of its bases).
/// - `x + y` → left's ``binaryOperation(_:other:reflected:context:)`` with `reflected: false`;
///   if nil, right's with `reflected: true` (`2 * t`, `1 - t`). `x += y` first tries
///   ``inPlaceOperation(_:other:context:)`` and falls back to the binary form (result rebinds `x`).
/// - `x < y`, `x == y` → ``compare(_:other:reflected:context:)``; may return native objects.
/// - `-x`, `+x`, `~x`, `abs(x)` → ``unaryOperation(_:context:)``.
/// - `x[i]`, `x[i] = v` → ``getItem(_:context:)`` / ``setItem(_:value:context:)`` with the raw index
///   (`.int`, `.slice`, `.none`, `.ellipsis`, `.tuple` of those, `.native`, `.list`, `.bool`).
/// - `for e in x`, `list(x)` → ``iterate(context:)``; `len(x)` → ``length(context:)``.
/// - `if x:`, `bool(x)`, `and`/`or`/`not` → ``truthValue(context:)``.
/// - `float(x)`, `int(x)`, `round(x, n)`, `format(x, spec)` / f-string specs → the conversion hooks.
/// - `repr(x)`, containers' reprs, Jupyter-style cell output → ``repr()``; `print`, `str` → ``str()``.
/// - `with x:` → ``enter(context:)`` then ``exit(error:context:)`` (also on error; return true
///   to suppress the error).
/// - `x(args)` → ``call(arguments:context:)``.
public protocol NativeObject: AnyObject {
  /// The object's Python type: its members (where attribute lookup starts), what `type(x)` and
  /// `isinstance` see.
  var pythonType: TypeObject { get }
  /// `repr(x)`.
  func repr() -> String
  /// `str(x)` and `print(x)`; defaults to ``repr()``.
  func str() -> String
  /// `self op other` (or `other op self` when `reflected`); nil means NotImplemented.
  func binaryOperation(_ op: BinaryOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  /// `self op= other` in place; return the (usually same) result, or nil to fall back to the binary form.
  func inPlaceOperation(_ op: BinaryOperator, other: Value, context: NativeContext) throws -> Value?
  /// `self op other` (`reflected`: the operands were swapped); nil means NotImplemented.
  func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  /// `-self`, `+self`, `~self`, `abs(self)`; nil means unsupported (TypeError).
  func unaryOperation(_ op: UnaryOperator, context: NativeContext) throws -> Value?
  /// `self[index]`.
  func getItem(_ index: Value, context: NativeContext) throws -> Value
  /// `self[index] = value`.
  func setItem(_ index: Value, value: Value, context: NativeContext) throws
  /// The elements of `for e in self`; nil means not iterable.
  func iterate(context: NativeContext) throws -> [Value]?
  /// `len(self)`; nil means no len().
  func length(context: NativeContext) throws -> Int?
  /// Truthiness; default true.
  func truthValue(context: NativeContext) throws -> Bool
  /// `float(self)`; nil means unsupported.
  func floatValue(context: NativeContext) throws -> Double?
  /// `int(self)` and use as an index; nil means unsupported.
  func intValue(context: NativeContext) throws -> Int?
  /// `round(self, ndigits)`; nil means unsupported.
  func round(ndigits: Int?, context: NativeContext) throws -> Value?
  /// `format(self, spec)` and f-string `{x:spec}`; nil means: empty spec → str(), else TypeError.
  func format(spec: String, context: NativeContext) throws -> String?
  /// `with self:` entry; the returned value is bound by `as`.
  func enter(context: NativeContext) throws -> Value
  /// `with self:` exit, given the error that ended the block (nil when it ended normally).
  /// Return true to suppress that error.
  func exit(error: PythonError?, context: NativeContext) throws -> Bool
  /// `self(arguments)`.
  func call(arguments: Arguments, context: NativeContext) throws -> Value
}

extension NativeObject {
  /// The type's name as Python's messages give it, e.g. `Tensor`, `torch.Size`.
  public var typeName: String { pythonType.messageName }
  public func str() -> String { repr() }
  public func binaryOperation(_ op: BinaryOperator, other: Value, reflected: Bool, context: NativeContext)
    throws -> Value?
  { nil }
  public func inPlaceOperation(_ op: BinaryOperator, other: Value, context: NativeContext) throws -> Value? {
    nil
  }
  public func compare(_ op: ComparisonOperator, other: Value, reflected: Bool, context: NativeContext) throws
    -> Value?
  { nil }
  public func unaryOperation(_ op: UnaryOperator, context: NativeContext) throws -> Value? { nil }
  public func getItem(_ index: Value, context: NativeContext) throws -> Value {
    throw PythonError.typeError("'\(typeName)' object is not subscriptable")
  }
  public func setItem(_ index: Value, value: Value, context: NativeContext) throws {
    throw PythonError.typeError("'\(typeName)' object does not support item assignment")
  }
  public func iterate(context: NativeContext) throws -> [Value]? { nil }
  public func length(context: NativeContext) throws -> Int? { nil }
  public func truthValue(context: NativeContext) throws -> Bool { true }
  public func floatValue(context: NativeContext) throws -> Double? { nil }
  public func intValue(context: NativeContext) throws -> Int? { nil }
  public func round(ndigits: Int?, context: NativeContext) throws -> Value? { nil }
  public func format(spec: String, context: NativeContext) throws -> String? { nil }
  public func enter(context: NativeContext) throws -> Value {
    throw PythonError.typeError("'\(typeName)' object does not support the context manager protocol")
  }
  public func exit(error: PythonError?, context: NativeContext) throws -> Bool { false }
  public func call(arguments: Arguments, context: NativeContext) throws -> Value {
    throw PythonError.typeError("'\(typeName)' object is not callable")
  }
}
