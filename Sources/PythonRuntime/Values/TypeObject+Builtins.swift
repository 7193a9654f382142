/// The built-in types of the language, each with its member table (immutable, shared by all sessions).
extension TypeObject {
  public static let int = TypeObject(
    name: "int", members: IntMembers.table, constructor: TypeConstructors.int)
  public static let bool = TypeObject(name: "bool", bases: [.int], constructor: TypeConstructors.bool)
  public static let float = TypeObject(
    name: "float", members: FloatMembers.table, constructor: TypeConstructors.float)
  public static let str = TypeObject(
    name: "str", members: StrMethods.table, constructor: TypeConstructors.str)
  public static let list = TypeObject(
    name: "list", members: ListMethods.table, constructor: TypeConstructors.list)
  public static let tuple = TypeObject(
    name: "tuple", members: SequenceMethods.tuple, constructor: TypeConstructors.tuple)
  public static let range = TypeObject(
    name: "range", members: SequenceMethods.range, constructor: TypeConstructors.range)
  public static let dict = TypeObject(
    name: "dict", members: DictMethods.table, constructor: TypeConstructors.dict)
  public static let set = TypeObject(
    name: "set", members: SetMethods.table, constructor: TypeConstructors.set)
  public static let slice = TypeObject(
    name: "slice", members: IntrospectionMembers.slice, constructor: TypeConstructors.slice)
  public static let noneType = TypeObject(name: "NoneType")
  public static let ellipsis = TypeObject(name: "ellipsis")
  public static let type = TypeObject(
    name: "type", members: IntrospectionMembers.type, constructor: TypeConstructors.type)
  public static let function = TypeObject(name: "function", members: IntrospectionMembers.function)
  public static let builtinFunction = TypeObject(
    name: "builtin_function_or_method", members: IntrospectionMembers.builtinFunction)
  public static let generator = TypeObject(name: "generator", members: GeneratorMembers.table)
  public static let module = TypeObject(name: "module", members: IntrospectionMembers.module)
}
