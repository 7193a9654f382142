// swift-tools-version: 6.0
// The libFuzzer executable for the harnesses in the main package's FuzzEntryPoints. Built only by
// scripts/fuzz.sh (with -sanitize=fuzzer,address and its own scratch path), so the main build never sees it.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between clones and worktrees.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
  name: "GradbookFuzzing",
  dependencies: [.package(path: root.path)],
  targets: [
    // Declares libFuzzer's driver entry point for Swift.
    .target(name: "CLibFuzzer"),
    .executableTarget(
      name: "gradbook-fuzz",
      dependencies: ["CLibFuzzer", .product(name: "FuzzEntryPoints", package: root.lastPathComponent)]
    ),
  ],
  swiftLanguageModes: [.v5]
)
