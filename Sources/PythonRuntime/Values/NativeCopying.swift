/// A native object that `copy.copy` and `copy.deepcopy` know how to copy (a tensor, a module).
///
/// Its deep copy goes through the running ``DeepCopier``, so parts shared inside one `deepcopy` call
/// stay shared in the copy, as CPython's memo keeps them.
public protocol NativeCopying: NativeObject {
  /// `copy.copy(x)`; nil when the type does not allow it (Gradbook's copy module then refuses it).
  func shallowCopy(context: NativeContext) throws -> Value?
  /// `copy.deepcopy(x)`: a new object whose parts are copied through `copier`; an object that can
  /// hold itself calls ``DeepCopier/remember(_:as:)`` before copying its parts.
  func deepCopy(_ copier: inout DeepCopier) throws -> Value
}

extension NativeCopying {
  public func shallowCopy(context: NativeContext) throws -> Value? { nil }
}
