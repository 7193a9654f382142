import CLibFuzzer
import Foundation
import FuzzEntryPoints

// The harness comes from the environment rather than the command line: libFuzzer's fork mode re-runs this
// executable with libFuzzer's own arguments only.
let name = ProcessInfo.processInfo.environment["GRADBOOK_FUZZ_HARNESS"] ?? ""
guard let chosen = FuzzHarness(rawValue: name) else {
  let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
  FileHandle.standardError.write(Data("set GRADBOOK_FUZZ_HARNESS to one of: \(names)\n".utf8))
  exit(2)
}
let harness = chosen

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
  LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    harness.fuzz(UnsafeRawBufferPointer(start: data, count: size))
    return 0
  })
