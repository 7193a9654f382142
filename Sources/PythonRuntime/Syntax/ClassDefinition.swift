/// The static part of a `class` statement: its name, the arguments in parentheses (bases and
/// keywords such as `metaclass=`), and the body that fills the class namespace.
final class ClassDefinition {
  let name: String
  let arguments: [CallArgument]
  let body: [Statement]
  let position: SourcePosition

  init(name: String, arguments: [CallArgument], body: [Statement], position: SourcePosition) {
    self.name = name
    self.arguments = arguments
    self.body = body
    self.position = position
  }
}
