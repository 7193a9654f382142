import Foundation

/// Checks a JSON value against the subset of JSON Schema that docs/grade-report.schema.json uses: `type` (one or a
/// list), `required`, `properties`, `additionalProperties: false`, `items`, `enum`, `const`, `minimum` and local
/// `$ref`s to `#/$defs/…`. Returns one line per violation, each naming its JSON path; empty when the value conforms.
public struct JSONSchemaCheck {
  private let root: [String: Any]

  /// A checker for the schema in `data` (nil when it is not a JSON object).
  public init?(schema data: Data) {
    guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
    self.root = root
  }

  public func violations(of data: Data) -> [String] {
    guard let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
      return ["$: not JSON"]
    }
    return violations(value, against: root, at: "$")
  }

  private func resolve(_ schema: [String: Any]) -> [String: Any]? {
    guard let reference = schema["$ref"] as? String else { return schema }
    let prefix = "#/$defs/"
    guard reference.hasPrefix(prefix), let definitions = root["$defs"] as? [String: Any] else { return nil }
    return definitions[String(reference.dropFirst(prefix.count))] as? [String: Any]
  }

  private func violations(_ value: Any, against raw: [String: Any], at path: String) -> [String] {
    guard let schema = resolve(raw) else { return ["\(path): unresolvable $ref"] }
    var problems: [String] = []
    if let type = schema["type"] {
      let allowed = (type as? [String]) ?? [type as? String].compactMap { $0 }
      if !allowed.contains(where: { Self.matches(value, type: $0) }) {
        return ["\(path): expected \(allowed.joined(separator: " or ")), got \(Self.typeName(value))"]
      }
    }
    if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
      problems.append("\(path): \(value) is not one of \(options)")
    }
    if let constant = schema["const"], !Self.equal(constant, value) {
      problems.append("\(path): expected \(constant), got \(value)")
    }
    if let minimum = schema["minimum"] as? Double, let number = Self.number(value), number < minimum {
      problems.append("\(path): \(number) is below \(minimum)")
    }
    if let object = value as? [String: Any] {
      for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
        problems.append("\(path): missing required key \"\(key)\"")
      }
      let properties = (schema["properties"] as? [String: Any]) ?? [:]
      for (key, child) in object.sorted(by: { $0.key < $1.key }) {
        if let childSchema = properties[key] as? [String: Any] {
          problems += violations(child, against: childSchema, at: path + "." + key)
        } else if (schema["additionalProperties"] as? Bool) == false {
          problems.append("\(path): unexpected key \"\(key)\"")
        }
      }
    }
    if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
      for (index, element) in array.enumerated() {
        problems += violations(element, against: items, at: "\(path)[\(index)]")
      }
    }
    return problems
  }

  /// JSON `true`/`false` decode as a boolean NSNumber subclass, which also reads as the numbers 1 and 0.
  private static func isBoolean(_ value: Any) -> Bool {
    String(describing: type(of: value)).contains("Boolean")
  }

  private static func number(_ value: Any) -> Double? {
    guard !isBoolean(value), let number = value as? NSNumber else { return nil }
    return number.doubleValue
  }

  private static func matches(_ value: Any, type: String) -> Bool {
    switch type {
    case "object": return value is [String: Any]
    case "array": return value is [Any]
    case "string": return value is String
    case "null": return value is NSNull
    case "boolean": return isBoolean(value)
    case "number": return number(value) != nil
    case "integer": return number(value).map { $0 == $0.rounded() } ?? false
    default: return false
    }
  }

  private static func typeName(_ value: Any) -> String {
    for type in ["null", "boolean", "integer", "number", "string", "array", "object"]
    where matches(value, type: type) {
      return type
    }
    return "\(Swift.type(of: value))"
  }

  private static func equal(_ left: Any, _ right: Any) -> Bool {
    if let a = left as? String, let b = right as? String { return a == b }
    if let a = number(left), let b = number(right) { return a == b }
    return false
  }
}
