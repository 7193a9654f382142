// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Gradbook",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "gradbook", targets: ["gradbook"]),
    .library(name: "Autograd", targets: ["Autograd"]),
    .library(name: "PythonRuntime", targets: ["PythonRuntime"]),
    .library(name: "TorchBindings", targets: ["TorchBindings"]),
    .library(name: "Workbook", targets: ["Workbook"]),
    .library(name: "Reports", targets: ["Reports"]),
    .library(name: "Study", targets: ["Study"]),
    .library(name: "FuzzEntryPoints", targets: ["FuzzEntryPoints"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // libcmark from the system (Debian: libcmark-dev), found with pkg-config.
    .systemLibrary(
      name: "CCMark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    // Python's float repr and fixed/exponent/general conversions, shared by tensor printing and the language.
    // snprintf for NumberFormat (a header-only C module): Swift cannot call variadic C functions.
    .systemLibrary(name: "CFloatFormat"),
    .target(name: "NumberFormat", dependencies: ["CFloatFormat"]),
    // The Mersenne Twister's core (state words, init_genrand, twist, tempering), shared by PyTorch's
    // generator and Python's `random`, which keep their own seeding and draw bookkeeping around it.
    .target(name: "MT19937Core"),
    // Tensors, ops with their backward, printing, RNG.
    .target(name: "Autograd", dependencies: ["NumberFormat", "MT19937Core"]),
    // The Python-subset cell language: syntax, values, evaluation, builtins, formatting, module registry.
    // It knows nothing of tensors; bindings register modules into its registry.
    .target(name: "PythonRuntime", dependencies: ["NumberFormat", "MT19937Core"]),
    // `torch` for the cell language: Autograd's tensors and functions as Python values and modules.
    .target(name: "TorchBindings", dependencies: ["Autograd", "PythonRuntime"]),
    // Lessons: cmark parsing, composing a session's modules, running cells, matching, grading.
    .target(name: "Workbook", dependencies: ["PythonRuntime", "TorchBindings", "CCMark"]),
    // Terminal, JSON and HTML renderings of workbook results.
    .target(name: "Reports", dependencies: ["Workbook"]),
    // The learner's side in a terminal: the REPL, the study loop, progress, the pager, raw-mode line editing.
    .target(name: "Study", dependencies: ["Workbook", "Reports", "PythonRuntime"]),
    // The command-line tool: parses options, maps results to exit codes.
    .executableTarget(
      name: "gradbook",
      dependencies: [
        "Workbook", "Reports", "Study",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // One function per fuzz harness, called by the fuzzer in Fuzzing/ and by FuzzRegressionTests.
    .target(name: "FuzzEntryPoints", dependencies: ["Workbook", "PythonRuntime"]),
    // Release-built benchmarks (never run as tests).
    .executableTarget(
      name: "gradbook-bench", dependencies: ["Autograd", "PythonRuntime", "TorchBindings", "Workbook"]),
    // Shared test helpers: string-diff assertions, the one loader of the PyTorch data in Tests/Fixtures.
    // Depends on nothing, so the Python runtime's tests build without the engine.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    // Test helpers that need the workbook (a scripted cell runner), for the Workbook and Reports tests.
    .target(
      name: "WorkbookTestSupport", dependencies: ["Workbook", "PythonRuntime"], path: "Tests/WorkbookTestSupport"),
    .testTarget(name: "AutogradTests", dependencies: ["Autograd", "NumberFormat", "TestSupport"], resources: [.copy("Data")]),
    .testTarget(name: "PythonRuntimeTests", dependencies: ["PythonRuntime", "TestSupport"], resources: [.copy("Data")]),
    .testTarget(
      name: "TorchBindingsTests", dependencies: ["TorchBindings", "PythonRuntime", "TestSupport"],
      resources: [.copy("Data")]),
    .testTarget(
      name: "WorkbookTests", dependencies: ["Workbook", "TestSupport", "WorkbookTestSupport"],
      resources: [.copy("Data")]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports", "TestSupport", "WorkbookTestSupport"]),
    .testTarget(
      name: "StudyTests", dependencies: ["Study", "Workbook", "Reports", "TestSupport", "WorkbookTestSupport"]),
    .testTarget(
      name: "FuzzRegressionTests", dependencies: ["FuzzEntryPoints"], resources: [.copy("Regressions")]),
  ],
  swiftLanguageModes: [.v6]
)
