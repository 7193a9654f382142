/// A native object with attributes of its own besides its type's members: an instance dict, or names
/// registered at run time (`nn.Module`'s parameters, buffers and submodules).
///
/// `x.name` asks ``instanceAttribute(_:context:)`` first and falls back to the type's members;
/// `x.name = v` asks ``setInstanceAttribute(_:value:context:)`` first and falls back to the type's
/// setters. Instances of classes defined in cells will keep their dict the same way.
public protocol NativeAttributeOwner: NativeObject {
  /// The instance's own attribute `name`, or nil when it has none.
  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value?
  /// Assigns `name` on the instance; false leaves it to the type's members.
  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool
  /// Tells a native part which instance of a cell class it belongs to (parts that call back into
  /// their instance keep it weakly; see ``ModuleRegistry/allowSubclassing(_:classMethods:beforeInit:)``).
  func attach(to instance: NativeObject)
  /// Whether calling the instance (whose class has no `__call__`) calls the part, which then finds
  /// the instance's `forward` itself (a module, running its hooks around it).
  var handlesInstanceCalls: Bool { get }
}

extension NativeAttributeOwner {
  public func attach(to instance: NativeObject) {}
  public var handlesInstanceCalls: Bool { false }
}
