// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Gradbook",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "gradbook", targets: ["gradbook"]),
    .library(name: "Autograd", targets: ["Autograd"]),
    .library(name: "Interpreter", targets: ["Interpreter"]),
    .library(name: "Workbook", targets: ["Workbook"]),
    .library(name: "Reports", targets: ["Reports"]),
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
    // Tensors, ops with their backward, printing, RNG. Depends on the toolchain only.
    .target(name: "Autograd"),
    // The Python-subset cell language and its `torch` module.
    .target(name: "Interpreter", dependencies: ["Autograd"]),
    // Lessons: cmark parsing, running cells, matching, grading.
    .target(name: "Workbook", dependencies: ["Interpreter", "CCMark"]),
    // Terminal, JSON and HTML renderings of workbook results.
    .target(name: "Reports", dependencies: ["Workbook"]),
    // The command-line tool: parses options, maps results to exit codes.
    .executableTarget(
      name: "gradbook",
      dependencies: [
        "Workbook", "Reports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Release-built benchmarks (never run as tests).
    .executableTarget(name: "gradbook-bench", dependencies: ["Autograd", "Interpreter", "Workbook"]),
    // Shared test helpers: string-diff assertions, paths to shared data.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "AutogradTests", dependencies: ["Autograd", "TestSupport"], resources: [.copy("Data")]),
    .testTarget(name: "InterpreterTests", dependencies: ["Interpreter", "TestSupport"], resources: [.copy("Data")]),
    .testTarget(name: "WorkbookTests", dependencies: ["Workbook", "TestSupport"], resources: [.copy("Data")]),
    .testTarget(name: "ReportsTests", dependencies: ["Reports", "TestSupport"]),
  ],
  swiftLanguageModes: [.v5]
)
