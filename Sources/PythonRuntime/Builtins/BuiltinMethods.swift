/// Method names of built-in types, and the evaluator's dispatch for them.
enum BuiltinMethods {
  static let stringMethods: Set<String> = [
    "format", "join", "split", "rsplit", "strip", "lstrip", "rstrip", "upper", "lower", "title", "capitalize",
    "swapcase", "casefold", "replace", "startswith", "endswith", "ljust", "rjust", "center", "zfill", "count",
    "find",
    "rfind", "index", "rindex", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isnumeric",
    "isdecimal", "isidentifier", "istitle", "splitlines", "partition", "rpartition", "removeprefix",
    "removesuffix",
  ]
  static let listMethods: Set<String> = [
    "append", "extend", "pop", "insert", "remove", "index", "count", "sort", "reverse", "copy", "clear",
  ]
  static let tupleMethods: Set<String> = ["index", "count"]
  static let dictMethods: Set<String> = [
    "get", "keys", "values", "items", "pop", "update", "setdefault", "copy", "clear", "popitem",
  ]
  static let setMethods: Set<String> = [
    "add", "remove", "discard", "pop", "update", "union", "intersection", "difference",
    "symmetric_difference",
    "issubset", "issuperset", "isdisjoint", "copy", "clear",
  ]
  static let intMethods: Set<String> = ["bit_length", "conjugate", "as_integer_ratio", "is_integer"]
  static let floatMethods: Set<String> = ["is_integer", "conjugate", "as_integer_ratio"]

  static func hasMethod(_ value: Value, _ name: String) -> Bool {
    switch value {
    case .string: return stringMethods.contains(name)
    case .list: return listMethods.contains(name)
    case .tuple: return tupleMethods.contains(name)
    case .dict: return dictMethods.contains(name)
    case .set: return setMethods.contains(name)
    case .int, .bool: return intMethods.contains(name) && name != "is_integer"
    case .float: return floatMethods.contains(name)
    case .range: return name == "index" || name == "count"
    default: return false
    }
  }
}
