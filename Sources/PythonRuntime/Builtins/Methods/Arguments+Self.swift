extension Arguments {
  /// Binds the arguments of a method that CPython writes in Python, whose messages count `self`
  /// (`Random.randint() takes 3 positional arguments but 4 were given`); `signature` names the method
  /// `Type.name` and leaves `self` out.
  func bindCountingSelf(_ signature: Signature) throws -> BoundArguments {
    let positional = signature.parameters.filter { !$0.keywordOnly }
    if signature.variadicPositional == nil && self.positional.count > positional.count {
      let required = positional.filter { !$0.hasDefault }.count + 1
      let maximum = positional.count + 1
      let takes = required == maximum ? "\(maximum)" : "from \(required) to \(maximum)"
      let noun = maximum == 1 ? "argument" : "arguments"
      throw PythonError.typeError(
        "\(signature.functionName)() takes \(takes) positional \(noun) but \(self.positional.count + 1) were given"
      )
    }
    return try bind(signature)
  }
}
