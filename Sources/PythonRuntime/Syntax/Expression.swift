/// An expression node of the cell syntax tree.
indirect enum Expression {
  case literal(Value, SourcePosition)
  /// An integer literal beyond 64 bits: evaluates to OverflowError.
  case overflowLiteral(SourcePosition)
  case name(NameReference, SourcePosition)
  case formatted([FormattedPart], SourcePosition)
  case unary(UnaryOperator, Expression, SourcePosition)
  case not(Expression, SourcePosition)
  case binary(BinaryOperator, Expression, Expression, SourcePosition)
  /// `and` (isAnd) / `or`, returning an operand.
  case logical(isAnd: Bool, Expression, Expression, SourcePosition)
  case comparison(Expression, [(ComparisonKind, Expression)], SourcePosition)
  case conditional(test: Expression, body: Expression, orElse: Expression, SourcePosition)
  case call(Expression, [CallArgument], SourcePosition)
  case attribute(Expression, String, SourcePosition)
  case subscription(Expression, Expression, SourcePosition)
  case slice(Expression?, Expression?, Expression?, SourcePosition)
  case list([Expression], SourcePosition)
  case tuple([Expression], SourcePosition)
  /// Entries with a nil key are `**mapping` unpackings.
  case dict([(Expression?, Expression)], SourcePosition)
  case set([Expression], SourcePosition)
  case comprehension(ComprehensionKind, Expression, Expression?, [ComprehensionClause], SourcePosition)
  case lambda(FunctionDefinition, SourcePosition)
  case starred(Expression, SourcePosition)
  case ellipsis(SourcePosition)
  /// `yield value` (nil: `yield` alone), inside a generator's body.
  case yield(Expression?, SourcePosition)
  /// `yield from iterable`.
  case yieldFrom(Expression, SourcePosition)

  var position: SourcePosition {
    switch self {
    case .literal(_, let p), .overflowLiteral(let p), .name(_, let p), .formatted(_, let p),
      .unary(_, _, let p),
      .not(_, let p), .binary(_, _, _, let p), .logical(_, _, _, let p), .comparison(_, _, let p),
      .conditional(_, _, _, let p), .call(_, _, let p), .attribute(_, _, let p), .subscription(_, _, let p),
      .slice(_, _, _, let p), .list(_, let p), .tuple(_, let p), .dict(_, let p), .set(_, let p),
      .comprehension(_, _, _, _, let p), .lambda(_, let p), .starred(_, let p), .ellipsis(let p),
      .yield(_, let p), .yieldFrom(_, let p):
      return p
    }
  }
}

/// Comparison operators including membership and identity.
enum ComparisonKind {
  case rich(ComparisonOperator)
  case isIn
  case notIn
  case isSame
  case isNotSame
}

/// One argument in a call expression.
enum CallArgument {
  case positional(Expression)
  case keyword(String, Expression)
  case unpackPositional(Expression)
  case unpackKeywords(Expression)

  var isPositional: Bool {
    if case .positional = self { return true }
    return false
  }
}

/// The kinds of comprehension.
enum ComprehensionKind {
  case list
  case set
  case dict
  case generator
}

/// A `for target in iterable if cond…` clause of a comprehension.
struct ComprehensionClause {
  var target: Expression
  var iterable: Expression
  var conditions: [Expression]
}

/// A piece of an f-string: literal text or a replacement field.
enum FormattedPart {
  case text(String)
  /// `{expression!conversion:spec}`; `spec` may itself contain fields. `echo` is the `x=` text.
  case field(Expression, conversion: Character?, spec: [FormattedPart]?, echo: String?)
}
