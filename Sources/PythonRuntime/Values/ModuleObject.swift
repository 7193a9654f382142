/// A Python module: a name and its attributes (functions, constants, submodules, types).
///
/// Bindings build one in a ``ModuleRegistry`` provider. `missingAttribute` lets a module explain
/// absent members (numpy uses it to say it is not available in Gradbook).
public final class ModuleObject {
  public let name: String
  public var attributes: [String: Value]
  /// Builds the error for an absent attribute; default: Python's AttributeError wording.
  public var missingAttribute: ((String) -> PythonError)?

  public init(
    name: String, attributes: [String: Value] = [:], missingAttribute: ((String) -> PythonError)? = nil
  ) {
    self.name = name
    self.attributes = attributes
    self.missingAttribute = missingAttribute
  }

  /// Adds a Swift function as attribute `name`.
  public func define(_ name: String, _ body: @escaping @Sendable (Arguments, NativeContext) throws -> Value) {
    attributes[name] = .builtin(BuiltinFunction(name: name, body: body))
  }

  /// The attribute `name`, or the module's AttributeError.
  public func attribute(_ attributeName: String) throws -> Value {
    if let value = attributes[attributeName] { return value }
    if let missing = missingAttribute { throw missing(attributeName) }
    throw PythonError.attributeError("module '\(name)' has no attribute '\(attributeName)'")
  }
}
