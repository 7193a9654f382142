/// `class` statements: the class body runs in a namespace of its own, which becomes the class.
extension Evaluator {
  func executeClass(_ definition: ClassDefinition, decorators: [Expression], in scope: Scope) throws {
    throw PythonError(.notImplementedError, "class definitions are not supported yet")
  }
}
