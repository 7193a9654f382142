import Foundation

/// A Gradescope autograder bundle (https://gradescope-autograders.readthedocs.io/en/latest/specs/): a zip with
/// `setup.sh` and `run_autograder` at its root, a self-contained `gradbook` binary and the instructor's source lessons.
/// Gradescope unpacks it into `/autograder/source`, runs `setup.sh` once when it builds the image, then
/// `run_autograder` once per submission, which grades `/autograder/submission` and writes
/// `/autograder/results/results.json`. `GRADBOOK_AUTOGRADER_ROOT` moves `/autograder` elsewhere, to try it locally.
public struct AutograderBundle {
  /// The source lessons (with solutions and hidden checks): grading needs the hidden checks.
  public var sources: [SourceLesson]
  /// The gradbook executable to ship; it should link the Swift runtime statically.
  public var binary: String

  public init(sources: [SourceLesson], binary: String) {
    self.sources = sources
    self.binary = binary
  }

  /// Why a bundle cannot be built.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// Whether `binary` needs the Swift runtime as shared libraries (which Gradescope's image does not have): its
  /// dynamic string table then names `libswiftCore.so`.
  public static func linksSwiftDynamically(_ binary: String) -> Bool {
    guard let data = FileManager.default.contents(atPath: binary) else { return false }
    return data.range(of: Data("libswiftCore.so".utf8)) != nil
  }

  /// Writes the bundle's files into `folder` (which must exist): the layout of `/autograder/source`.
  public func stage(in folder: String) throws {
    let manager = FileManager.default
    for source in sources {
      let target = folder + "/lessons/" + source.relativePath
      try manager.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(source.lesson.source.bytes).write(to: URL(fileURLWithPath: target))
    }
    let executable = folder + "/gradbook"
    if manager.fileExists(atPath: executable) { try manager.removeItem(atPath: executable) }
    try manager.copyItem(atPath: binary, toPath: executable)
    // A libcmark next to the binary (scripts/build-static.sh puts it there) goes along: the binary looks beside
    // itself first, so the image needs no libcmark package.
    let binaryFolder = (binary as NSString).deletingLastPathComponent
    for name in (try? manager.contentsOfDirectory(atPath: binaryFolder)) ?? []
    where name.hasPrefix("libcmark.so") {
      let target = folder + "/" + name
      if manager.fileExists(atPath: target) { try manager.removeItem(atPath: target) }
      try Data(contentsOf: URL(fileURLWithPath: binaryFolder + "/" + name).resolvingSymlinksInPath()).write(
        to: URL(fileURLWithPath: target))
    }
    try Data(Self.setupScript.utf8).write(to: URL(fileURLWithPath: folder + "/setup.sh"))
    try Data(Self.runScript.utf8).write(to: URL(fileURLWithPath: folder + "/run_autograder"))
    for file in ["gradbook", "setup.sh", "run_autograder"] {
      try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder + "/" + file)
    }
  }

  /// Stages the bundle in `staging` (a new temporary folder when nil) and zips it with `zip` into the bytes of the
  /// bundle.
  public func zipped(staging: String? = nil) throws -> [UInt8] {
    let manager = FileManager.default
    let work = manager.temporaryDirectory.appendingPathComponent("gradbook-autograder-\(UUID().uuidString)")
    try manager.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? manager.removeItem(at: work) }
    let folder = staging ?? work.appendingPathComponent("source").path
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try stage(in: folder)
    guard let zip = ["/usr/bin/zip", "/bin/zip"].first(where: { manager.isExecutableFile(atPath: $0) }) else {
      throw Failure(
        description: "`zip` is needed to build the bundle (Debian and Ubuntu: apt-get install zip)")
    }
    let archive = work.appendingPathComponent("autograder.zip").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: zip)
    // Files at the root of the archive, as Gradescope requires; -X leaves out extra attributes.
    process.arguments = ["-q", "-r", "-X", "-9", archive, "."]
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let data = manager.contents(atPath: archive) else {
      throw Failure(description: "zip failed (exit status \(process.terminationStatus))")
    }
    return Array(data)
  }

  /// Run once when Gradescope builds the image. The binary carries the Swift runtime and Foundation and finds the
  /// bundled libcmark beside itself, so nothing is installed; only when no libcmark came along and the image lacks
  /// one is its (small) package installed.
  static let setupScript = """
    #!/usr/bin/env bash
    # Gradescope runs this once, when it builds the autograder image (see gradbook's docs/grading.md).
    set -euo pipefail
    root="${GRADBOOK_AUTOGRADER_ROOT:-/autograder}"
    chmod +x "$root/source/gradbook" "$root/source/run_autograder"
    # The binary links the Swift runtime statically and looks for libcmark beside itself first; the package is only
    # a fallback for a bundle made without it.
    if command -v ldd >/dev/null && ldd "$root/source/gradbook" | grep -q 'libcmark.*not found'; then
      apt-get update
      apt-get install -y --no-install-recommends "$(apt-cache search --names-only '^libcmark0' | cut -d' ' -f1 | head -n1)"
    fi
    "$root/source/gradbook" --version

    """

  /// Run once per submission: grades it against the bundled source and always leaves a results.json.
  static let runScript = """
    #!/usr/bin/env bash
    # Gradescope runs this once per submission, from /autograder (GRADBOOK_AUTOGRADER_ROOT moves it, to try locally).
    set -uo pipefail
    root="${GRADBOOK_AUTOGRADER_ROOT:-/autograder}"
    mkdir -p "$root/results"
    results="$root/results/results.json"
    rm -f "$results"
    "$root/source/gradbook" grade --source "$root/source/lessons" --format gradescope --jobs 1 \\
      -o "$results" "$root/submission"
    status=$?
    # Exit 1 only means some point was lost; anything that left no results still gives Gradescope a results.json.
    if [ ! -s "$results" ]; then
      printf '{"score": 0, "output": "The autograder stopped before grading (gradbook exit status %s); please tell your instructor.", "tests": []}\\n' "$status" > "$results"
    fi
    exit 0

    """
}
