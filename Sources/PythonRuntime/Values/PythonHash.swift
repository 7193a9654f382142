/// CPython's `hash()` for numbers and tuples (strings use a per-process hash, as CPython's are randomized).
enum PythonHash {
  private static let modulus: UInt64 = (1 << 61) - 1

  static func hash(_ value: Value, depth: Int = 0) throws -> Int {
    guard depth < HashKey.maximumDepth else {
      throw PythonError(
        .recursionError, "maximum recursion depth exceeded while calling a Python object")
    }
    switch value {
    case .int(let number): return integer(number)
    case .bool(let flag): return flag ? 1 : 0
    case .float(let number): return float(number)
    case .tuple(let elements): return try tuple(elements, depth: depth)
    case .native(let named as NamedTupleObject): return try tuple(named.values, depth: depth)
    default: return try HashKey(value).hashValue
    }
  }

  static func integer(_ number: Int) -> Int {
    let reduced = Int(UInt64(number.magnitude) % modulus)
    let signed = number < 0 ? -reduced : reduced
    return signed == -1 ? -2 : signed
  }

  static func float(_ number: Double) -> Int {
    if number.isInfinite { return number > 0 ? 314_159 : -314_159 }
    if number.isNaN { return 0 }
    if number == 0 { return 0 }
    var exponent = number.exponent + 1
    var mantissa = abs(number.significand) / 2
    var x: UInt64 = 0
    while mantissa != 0 {
      x = ((x << 28) & modulus) | x >> (61 - 28)
      mantissa *= 268_435_456.0
      exponent -= 28
      let integerPart = UInt64(mantissa)
      mantissa -= Double(integerPart)
      x += integerPart
      if x >= modulus { x -= modulus }
    }
    let shift = exponent >= 0 ? exponent % 61 : 61 - 1 - ((-1 - exponent) % 61)
    x = ((x << UInt64(shift)) & modulus) | x >> UInt64(61 - shift)
    var result = Int(bitPattern: UInt(x))
    if number < 0 { result = -result }
    return result == -1 ? -2 : result
  }

  static func tuple(_ elements: [Value], depth: Int = 0) throws -> Int {
    let prime1: UInt64 = 11_400_714_785_074_694_791
    let prime2: UInt64 = 14_029_467_366_897_019_727
    let prime5: UInt64 = 2_870_177_450_012_600_261
    var accumulator = prime5
    for element in elements {
      let lane = UInt64(bitPattern: Int64(try hash(element, depth: depth + 1)))
      accumulator = accumulator &+ lane &* prime2
      accumulator = (accumulator << 31) | (accumulator >> 33)
      accumulator = accumulator &* prime1
    }
    accumulator = accumulator &+ (UInt64(elements.count) ^ (prime5 ^ 3_527_539))
    if accumulator == UInt64.max { return 1_546_275_796 }
    return Int(Int64(bitPattern: accumulator))
  }
}
