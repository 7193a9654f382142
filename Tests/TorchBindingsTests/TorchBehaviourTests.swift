import Autograd
import TestSupport
import XCTest

@testable import PythonRuntime

/// Gradbook-specific behaviour of the torch module that real PyTorch cannot produce expectations
/// for: budgets, unsupported features, session isolation, object identity.
final class TorchBehaviourTests: XCTestCase {
  /// Runs `cells` in one session and returns their results.
  private func run(_ cells: [String], limits: Limits = Limits()) -> [CellResult] {
    let session = Session.withTorch(limits: limits)
    return cells.map { session.run($0) }
  }

  private func output(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let result = Session.withTorch().run("import torch\n" + code)
    XCTAssertNil(result.error, "unexpected error: \(result.error?.text ?? "")", file: file, line: line)
    return result.output
  }

  private func error(_ code: String, limits: Limits = Limits()) -> CellError? {
    Session.withTorch(limits: limits).run("import torch\n" + code).error
  }

  func testHugeTensorIsACleanRuntimeErrorAndTheSessionGoesOn() {
    let results = run(["import torch", "x = torch.ones(100000, 100000)", "torch.ones(2).sum()"])
    XCTAssertEqual(results[1].error?.typeName, "RuntimeError")
    XCTAssertTrue(results[1].error?.message.contains("element budget of 50000000 elements") ?? false)
    XCTAssertEqual(results[2].output, "tensor(2.)\n")
  }

  func testSessionTensorBudgetAppliesToEveryWayOfMakingTensors() {
    var limits = Limits()
    limits.tensorElements = 1_000
    let creators = [
      "torch.zeros(1001)", "torch.ones(40, 1) * torch.ones(1, 40)", "torch.randn(2000)", "torch.arange(5000)",
      "torch.full((50, 50), 1.0)", "torch.eye(40)", "torch.rand(2, 600)", "torch.randint(0, 5, (1001,))",
      "torch.ones(40, 30) @ torch.ones(30, 40)", "torch.linspace(0, 1, 1001)",
    ]
    for code in creators {
      let failure = error(code, limits: limits)
      XCTAssertEqual(failure?.typeName, "RuntimeError", code)
      XCTAssertTrue(failure?.message.contains("1000") ?? false, "\(code): \(failure?.message ?? "no error")")
    }
    XCTAssertNil(error("torch.zeros(1000)\ntorch.ones(10, 100).sum()", limits: limits))
    // A later session with the default budget is not held to the small one.
    XCTAssertNil(error("torch.zeros(5000)"))
  }

  func testViewsDoNotCountAgainstTheBudgetButCopiesOfThemDo() {
    var limits = Limits()
    limits.tensorElements = 1_000
    let setup = "x = torch.ones(1, 3).expand(10**9, 3)\n"
    XCTAssertNil(error(setup + "y = x[5:10].T.unsqueeze(0)\nz = x.expand(4, 10**9, 3)", limits: limits))
    for code in [
      "x.sum()", "x.contiguous()", "x + 1", "x.float().double()", "x.tolist()", "x.clone()", "x.exp()",
    ] {
      let failure = error(setup + code, limits: limits)
      XCTAssertEqual(failure?.typeName, "RuntimeError", code)
      XCTAssertTrue(
        failure?.message.contains("budget of 1000 elements") ?? false,
        "\(code): \(failure?.message ?? "no error")")
    }
    // Making a huge view costs no evaluation steps: a loop of them does not time out.
    var steps = Limits()
    steps.steps = 10_000
    XCTAssertNil(error("for i in range(100):\n    x = torch.ones(1).expand(10**12)", limits: steps))
  }

  func testHugeTensorWorkInALoopMeetsTheStepBudget() {
    var limits = Limits()
    limits.steps = 10_000
    let results = run(
      ["import torch", "for i in range(1000):\n    x = torch.zeros(100000) + 1", "print(x.shape)"],
      limits: limits)
    XCTAssertEqual(results[1].error?.typeName, "TimeoutError")
    XCTAssertEqual(results[2].output, "torch.Size([100000])\n")
    // Small tensors cost little: about 8 evaluation steps and 100 / 16 steps of reading per iteration.
    limits.steps = 20_000
    XCTAssertNil(
      run(["import torch", "for i in range(1000):\n    x = torch.zeros(100) + 1"], limits: limits)[1].error)
  }

  func testHugeMatrixProductsMeetTheStepBudgetBeforeTheyRun() {
    // 7000^3 multiply-adds would take over a minute; the charge is made before the kernel starts.
    let results = run(
      [
        "import torch", "a = torch.ones(7000, 7000)\nb = a @ a", "print(a.shape)",
        "torch.ones(64, 64) @ torch.ones(64, 64)",
      ])
    XCTAssertEqual(results[1].error?.typeName, "TimeoutError")
    XCTAssertEqual(results[1].error?.line, 2)
    XCTAssertEqual(results[2].output, "torch.Size([7000, 7000])\n")
    XCTAssertNil(results[3].error)
    // The backward of a product is charged too: one 300^3 product is ~105,000 steps, its backward two of them.
    var limits = Limits()
    limits.steps = 150_000
    let backward = run(
      [
        "import torch",
        "w = torch.ones(300, 300, requires_grad=True)\ny = (w @ w).sum()",
        "y.backward()",
      ], limits: limits)
    XCTAssertNil(backward[1].error)
    XCTAssertEqual(backward[2].error?.typeName, "TimeoutError")
  }

  func testNumpyAndUnsupportedDTypesExplainThemselves() {
    let numpy = error("torch.ones(2).numpy()")
    XCTAssertEqual(numpy?.typeName, "RuntimeError")
    XCTAssertTrue(numpy?.message.contains(".tolist()") ?? false)
    // The engine's real dtypes are all named; complex ones are not.
    let complex = error("torch.ones(2, dtype=torch.complex64)")
    XCTAssertEqual(complex?.typeName, "AttributeError")
    XCTAssertTrue(complex?.message.contains("torch.complex64 is not available in Gradbook") ?? false)
  }

  func testDevicesOtherThanTheCPUAreRefused() {
    XCTAssertEqual(
      output("print(torch.ones(2, device='cpu'), torch.cuda.is_available(), torch.ones(1).to('cpu'))"),
      "tensor([1., 1.]) False tensor([1.])\n")
    let cuda = error("torch.ones(2, device='cuda')")
    XCTAssertEqual(cuda?.typeName, "RuntimeError")
    XCTAssertEqual(cuda?.message, "Gradbook runs on the CPU only (got device 'cuda')")
  }

  /// A CPU-only PyTorch build has no accelerator type, so `current_accelerator()` is None; the oracle venv is a
  /// CUDA build without a GPU, which answers `device(type='cuda')` instead, so this case is not in the torch
  /// programs. Moving the default device off the CPU is refused at once, with the `device=` error.
  func testAcceleratorIsAbsentAndTheDefaultDeviceStaysTheCPU() {
    XCTAssertEqual(
      output("print(torch.accelerator.current_accelerator(), torch.accelerator.current_accelerator(False))"),
      "None None\n")
    for device in ["'cuda'", "'mps'", "torch.device('cpu') if False else 'cuda:0'"] {
      let refused = error("torch.set_default_device(\(device))")
      XCTAssertEqual(refused?.typeName, "RuntimeError", device)
      XCTAssertTrue(
        refused?.message.hasPrefix("Gradbook runs on the CPU only (got device 'cuda") ?? false
          || refused?.message == "Gradbook runs on the CPU only (got device 'mps')", device)
    }
    XCTAssertEqual(
      output("torch.set_default_device('cpu')\nprint(repr(torch.get_default_device()))"),
      "device(type='cpu')\n")
  }

  /// Data nested far deeper than a tensor may have dimensions, off its first elements (where the sizes are read),
  /// is refused by torch.tensor before it can exhaust the stack; the session goes on.
  func testDeeplyNestedDataIsRefusedWithoutExhaustingTheStack() {
    let results = run([
      "import torch\nx = 1\nfor i in range(100000):\n    x = [x]", "torch.tensor([1, x])",
      "print(torch.tensor([1, 2]))",
    ])
    XCTAssertEqual(results[1].error?.typeName, "ValueError")
    XCTAssertEqual(results[1].error?.message, "too many dimensions 'list'")
    XCTAssertEqual(results[2].output, "tensor([1, 2])\n")
  }

  func testWrappersKeepPythonIdentity() {
    let text = output(
      """
      x = torch.tensor([1.0, 2.0], requires_grad=True)
      y = (x * 2).sum()
      y.backward()
      acc = (x + 1).grad_fn.next_functions[0][0]
      print(x.grad is x.grad, y.grad_fn is y.grad_fn, acc.variable is x, x.dtype is torch.float32)
      print(type(x) is torch.Tensor, type(x).__name__, isinstance(x.shape, torch.Size), type(y.grad_fn).__name__)
      """)
    XCTAssertEqual(text, "True True True True\nTrue Tensor True SumBackward0\n")
  }

  /// The expected draws are real PyTorch's after `torch.manual_seed(67280421310721)`, its default seed.
  func testNewSessionStartsWithGradEnabledAndTheDefaultSeed() {
    let first = run([
      "import torch\ntorch.set_grad_enabled(False)\ntorch.manual_seed(5)\nprint(torch.rand(1))"
    ])
    XCTAssertNil(first[0].error)
    let fresh = run(["import torch\nprint(torch.is_grad_enabled(), torch.initial_seed(), torch.rand(2))"])
    XCTAssertEqual(fresh[0].output, "True 67280421310721 tensor([0.2673, 0.8725])\n")
  }

  func testGradModeIsRestoredWhenTheBlockRaises() {
    let results = run([
      "import torch",
      "with torch.no_grad():\n    with torch.inference_mode():\n        torch.ones(2) + 'a'",
      "print(torch.is_grad_enabled(), torch.is_inference_mode_enabled())",
      "with torch.set_grad_enabled(False):\n    1 / 0",
      "print(torch.is_grad_enabled())",
    ])
    XCTAssertEqual(results[1].error?.text, "TypeError: unsupported operand type(s) for +: 'Tensor' and 'str'")
    XCTAssertEqual(results[2].output, "True False\n")
    XCTAssertEqual(results[3].error?.typeName, "ZeroDivisionError")
    XCTAssertEqual(results[4].output, "True\n")
  }

  func testGradModeObjectsAsDecoratorsAndReprs() {
    let text = output(
      """
      x = torch.ones(2, requires_grad=True)
      def f(t):
          return t * 2
      g = torch.no_grad()(f)
      print(g(x).requires_grad, f(x).requires_grad, torch.is_grad_enabled())
      print(torch.no_grad(), torch.set_grad_enabled(True))
      """)
    XCTAssertEqual(
      text,
      "False True True\n<torch.autograd.grad_mode.no_grad object at 0x7f5e3c1d2b90> torch.autograd.grad_mode.set_grad_enabled(mode=True)\n"
    )
  }

  func testArgumentErrorsAreShortTypeErrors() {
    XCTAssertEqual(
      error("torch.set_grad_enabled(1)")?.text,
      "TypeError: set_grad_enabled(): argument 'mode' (position 1) must be bool, not int")
    XCTAssertEqual(
      error("torch.ones(2).sum(dim='a')")?.text,
      "TypeError: sum(): argument 'dim' must be tuple of ints, not str")
    // As PyTorch words it, an argument given by keyword is named without its position.
    XCTAssertEqual(
      error("torch.ones(2).sum('a')")?.text,
      "TypeError: sum(): argument 'dim' (position 1) must be tuple of ints, not str")
    XCTAssertEqual(
      error("torch.randint(0, 5, 3)")?.text,
      "TypeError: randint(): argument 'size' (position 3) must be tuple of ints, not int")
    XCTAssertEqual(
      error("torch.autograd.grad(torch.ones(1), 3)")?.text,
      "TypeError: grad(): argument 'inputs' (position 2) must be Tensor, not int")
  }

  func testEngineWarningsBecomeUserWarningsWithoutTheBuildTail() {
    let result = Session.withTorch().run(
      "import torch\nx = torch.tensor(1.0, requires_grad=True)\n(x * x).backward(create_graph=True)")
    XCTAssertEqual(result.warnings.count, 1)
    XCTAssertTrue(result.warnings[0].hasPrefix("UserWarning: Using backward() with create_graph=True"))
    XCTAssertFalse(result.warnings[0].contains("Triggered internally"))
  }
}

extension TorchBehaviourTests {
  func testSessionBudgetDoesNotLeakIntoTheEngine() {
    var limits = Limits()
    limits.tensorElements = 10
    XCTAssertNotNil(error("torch.zeros(11)", limits: limits))
    XCTAssertEqual(
      Autograd.AutogradContext.current.elementBudget, Autograd.AutogradContext.defaultElementBudget)
  }
}
