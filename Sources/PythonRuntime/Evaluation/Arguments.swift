/// The arguments of a call as the caller wrote them (after `*args` / `**kwargs` expansion).
public struct Arguments {
  public var positional: [Value]
  /// Keyword arguments in call order.
  public var keywords: [(name: String, value: Value)]

  public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
    self.positional = positional
    self.keywords = keywords
  }

  /// Binds to `signature`, raising Python's TypeError wording for missing, surplus, duplicate or
  /// unexpected arguments.
  public func bind(_ signature: Signature) throws -> BoundArguments {
    var bound = BoundArguments()
    bound.values.reserveCapacity(signature.parameters.count)
    // Built only for messages: binding itself allocates nothing beyond `bound`.
    var label: String { signature.functionName + "()" }
    var nextParameter = signature.parameters.startIndex
    for value in positional {
      while nextParameter < signature.parameters.endIndex, signature.parameters[nextParameter].keywordOnly {
        nextParameter += 1
      }
      if nextParameter < signature.parameters.endIndex {
        bound.values[signature.parameters[nextParameter].name] = value
        nextParameter += 1
      } else if signature.variadicPositional != nil {
        bound.extraPositional.append(value)
      } else {
        let positionalParameters = signature.parameters.filter { !$0.keywordOnly }
        throw PythonError.typeError(
          Self.tooManyPositional(label, positionalParameters, given: positional.count))
      }
    }
    for (name, value) in keywords {
      if let parameter = signature.parameters.first(where: { $0.name == name }), !parameter.positionalOnly {
        if bound.values[name] != nil {
          throw PythonError.typeError("\(label) got multiple values for argument '\(name)'")
        }
        bound.values[name] = value
      } else if signature.variadicKeyword != nil {
        if bound.extraKeywords.contains(where: { $0.name == name }) {
          throw PythonError.typeError("\(label) got multiple values for keyword argument '\(name)'")
        }
        bound.extraKeywords.append((name, value))
      } else {
        throw PythonError.typeError("\(label) got an unexpected keyword argument '\(name)'")
      }
    }
    var missingPositional: [String] = []
    var missingKeywordOnly: [String] = []
    for parameter in signature.parameters where bound.values[parameter.name] == nil {
      if let constant = parameter.defaultConstant {
        bound.values[parameter.name] = constant.value
      } else if parameter.hasDefault {
        continue
      } else if parameter.keywordOnly {
        missingKeywordOnly.append(parameter.name)
      } else {
        missingPositional.append(parameter.name)
      }
    }
    if !missingPositional.isEmpty {
      throw PythonError.typeError(Self.missing(label, missingPositional, kind: "positional"))
    }
    if !missingKeywordOnly.isEmpty {
      throw PythonError.typeError(Self.missing(label, missingKeywordOnly, kind: "keyword-only"))
    }
    return bound
  }

  private static func missing(_ label: String, _ names: [String], kind: String) -> String {
    let quoted = names.map { "'\($0)'" }
    let list: String
    switch quoted.count {
    case 1: list = quoted[0]
    case 2: list = "\(quoted[0]) and \(quoted[1])"
    default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
    }
    let noun = names.count == 1 ? "argument" : "arguments"
    return "\(label) missing \(names.count) required \(kind) \(noun): \(list)"
  }

  private static func tooManyPositional(_ label: String, _ parameters: [Signature.Parameter], given: Int)
    -> String
  {
    let required = parameters.filter { !$0.hasDefault }.count
    let maximum = parameters.count
    let takes: String
    if required == maximum {
      takes = "\(maximum) positional argument\(maximum == 1 ? "" : "s")"
    } else {
      takes = "from \(required) to \(maximum) positional arguments"
    }
    let verb = given == 1 ? "was" : "were"
    return "\(label) takes \(takes) but \(given) \(verb) given"
  }
}

/// A function signature for ``Arguments/bind(_:)``.
///
/// `Signature("sum", ["input", .init("dim", default: .none), .init("keepdim", default: .bool(false))])`
public struct Signature: Sendable {
  /// One named parameter.
  public struct Parameter: ExpressibleByStringLiteral, Sendable {
    public var name: String
    /// A native parameter's default (nil: required, or a cell function's default, see `hasDefault`).
    public var defaultConstant: ParameterDefault?
    /// Whether the parameter may be omitted. A cell function's defaults are cell values, which
    /// its caller fills in after binding (they cannot live in a shareable signature).
    public var hasDefault: Bool
    public var keywordOnly: Bool
    public var positionalOnly: Bool

    /// A required parameter.
    public init(_ name: String, keywordOnly: Bool = false, positionalOnly: Bool = false) {
      self.name = name
      self.defaultConstant = nil
      self.hasDefault = false
      self.keywordOnly = keywordOnly
      self.positionalOnly = positionalOnly
    }

    /// A parameter with a constant default (`.none` here means Python's `None`).
    public init(
      _ name: String, default defaultConstant: ParameterDefault, keywordOnly: Bool = false,
      positionalOnly: Bool = false
    ) {
      self.init(name, keywordOnly: keywordOnly, positionalOnly: positionalOnly)
      self.defaultConstant = defaultConstant
      self.hasDefault = true
    }

    /// A cell function's parameter, optional when it has a default (which the caller supplies).
    init(_ name: String, hasDefault: Bool, keywordOnly: Bool = false) {
      self.init(name, keywordOnly: keywordOnly)
      self.hasDefault = hasDefault
    }

    public init(stringLiteral name: String) {
      self.init(name)
    }
  }

  public var functionName: String
  public var parameters: [Parameter]
  /// Name of a `*args` parameter collecting surplus positional arguments.
  public var variadicPositional: String?
  /// Name of a `**kwargs` parameter collecting surplus keyword arguments.
  public var variadicKeyword: String?

  public init(
    _ functionName: String, _ parameters: [Parameter], variadicPositional: String? = nil,
    variadicKeyword: String? = nil
  ) {
    self.functionName = functionName
    self.parameters = parameters
    self.variadicPositional = variadicPositional
    self.variadicKeyword = variadicKeyword
  }
}

/// Arguments bound to parameter names by ``Arguments/bind(_:)``.
public struct BoundArguments {
  /// Every named parameter's value (constant defaults filled in; a cell function's omitted
  /// parameters are absent, for the caller to fill).
  public var values: [String: Value] = [:]
  /// Surplus positional arguments (for `*args`).
  public var extraPositional: [Value] = []
  /// Surplus keyword arguments (for `**kwargs`), in call order.
  public var extraKeywords: [(name: String, value: Value)] = []

  public subscript(name: String) -> Value {
    values[name] ?? .none
  }
}
