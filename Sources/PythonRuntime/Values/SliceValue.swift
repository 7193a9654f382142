/// A Python `slice(start, stop, step)` object; each part is `None` when omitted.
public struct SliceValue {
  public var start: Value
  public var stop: Value
  public var step: Value

  public init(start: Value = .none, stop: Value = .none, step: Value = .none) {
    self.start = start
    self.stop = stop
    self.step = step
  }
}
