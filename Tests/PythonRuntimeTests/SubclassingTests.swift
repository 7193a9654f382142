import PythonRuntime
import XCTest

/// A stand-in for `nn.Module`: attributes named `w…` are its parameters, everything else is left to
/// the instance's dict; calling it without a `forward` in the subclass is PyTorch's error.
private final class FakeModule: NativeAttributeOwner {
  let pythonType: TypeObject
  var parameters: [(String, Value)] = []

  init(type: TypeObject) { pythonType = type }

  static let type = TypeObject(
    name: "Module", qualifiedName: "fakenn.Module",
    members: MemberTable([
      [
        .method("names", .custom) { (receiver: Value, _: Arguments, _: NativeContext) in
          let module: FakeModule = try Member.native(receiver, "names")
          return .makeList(module.parameters.map { .string($0.0) })
        },
        .method("itself", .custom) { (receiver: Value, _: Arguments, _: NativeContext) in receiver },
      ]
    ])
  ) { type, _, _ in .native(FakeModule(type: type)) }

  func repr() -> String { "\(pythonType.name)(" + parameters.map(\.0).joined(separator: ", ") + ")" }

  func instanceAttribute(_ name: String, context: NativeContext) throws -> Value? {
    if name == "training" { return .bool(true) }
    return parameters.first { $0.0 == name }?.1
  }

  func setInstanceAttribute(_ name: String, value: Value, context: NativeContext) throws -> Bool {
    guard name.hasPrefix("w") else { return false }
    parameters.append((name, value))
    return true
  }

  func call(arguments: Arguments, context: NativeContext) throws -> Value {
    throw PythonError(.notImplementedError, "Module [\(pythonType.name)] is missing forward")
  }
}

/// A stand-in for `torch.autograd.Function`: `apply`, a class method, calls the subclass's `forward`.
private let fakeFunctionType = TypeObject(
  name: "Function", qualifiedName: "fakenn.Function",
  members: MemberTable([
    [
      .method("apply", .custom) { (receiver: Value, arguments: Arguments, context: NativeContext) in
        let forward = try context.attribute(receiver, "forward")
        return try context.call(forward, Arguments([.string("ctx")] + arguments.positional))
      }
    ]
  ]))

/// Classes defined in cells deriving from native types registered with `allowSubclassing`.
final class SubclassingTests: XCTestCase {
  private func session() -> Session {
    var modules = ModuleRegistry.standard()
    // As nn.Module refuses a submodule before super().__init__(): here, any value named `w…`.
    modules.allowSubclassing(FakeModule.type) { name, _ in
      if name.hasPrefix("w") { throw PythonError.attributeError("cannot assign \(name) before __init__") }
    }
    modules.allowSubclassing(fakeFunctionType, classMethods: ["apply"])
    modules.register("fakenn") { _ in
      ModuleObject(
        name: "fakenn", attributes: ["Module": .type(FakeModule.type), "Function": .type(fakeFunctionType)])
    }
    return Session(modules: modules)
  }

  func testSubclassOverridesAndReachesTheNativePart() {
    let code = """
      import fakenn
      class Net(fakenn.Module):
          def __init__(self, scale):
              super().__init__()
              self.w1 = scale
              self.label = "net"
          def forward(self, x):
              return x * self.w1
      net = Net(3)
      print(net(2), net.names(), net.label, net.training, net.w1, net.itself() is net)
      print(isinstance(net, fakenn.Module), isinstance(net, Net), type(net).__name__)
      print(net, [net])
      class Deeper(Net):
          def forward(self, x):
              return super().forward(x) + 1
      print(Deeper(10)(1), issubclass(Deeper, fakenn.Module))
      """
    let result = session().run(code)
    XCTAssertNil(result.error?.text)
    XCTAssertEqual(
      result.output, "6 ['w1'] net True 3 True\nTrue True Net\nNet(w1) [Net(w1)]\n11 True\n")
  }

  func testWithoutForwardTheNativeCallRuns() throws {
    let code = "import fakenn\nclass Empty(fakenn.Module):\n    pass\nEmpty()(1)\n"
    XCTAssertEqual(
      try XCTUnwrap(session().run(code).error).text, "NotImplementedError: Module [Empty] is missing forward")
  }

  func testAssignmentsBeforeTheNativePartExistsAskTheNativeType() throws {
    let code = """
      import fakenn
      class Early(fakenn.Module):
          def __init__(self):
              self.label = "kept"
              super().__init__()
              self.w1 = 2
      early = Early()
      print(early.label, early.names())
      class Forgot(fakenn.Module):
          def __init__(self):
              self.label = "kept"
              self.w1 = 2
      Forgot()
      """
    let result = session().run(code)
    XCTAssertEqual(result.output, "kept ['w1']\n")
    XCTAssertEqual(try XCTUnwrap(result.error).text, "AttributeError: cannot assign w1 before __init__")
  }

  func testClassMethodsOfTheNativeBaseBindToTheSubclass() {
    let code = """
      import fakenn
      class Double(fakenn.Function):
          @staticmethod
          def forward(ctx, x):
              return (ctx, x * 2)
      print(Double.apply(4))
      """
    XCTAssertEqual(session().run(code).output, "('ctx', 8)\n")
  }

  func testOtherTypesCannotBeSubclassed() throws {
    let error = try XCTUnwrap(Session().run("class L(list):\n    pass\n").error)
    XCTAssertEqual(error.text, "TypeError: Gradbook cells cannot subclass the built-in type 'list'")
  }
}
