import Autograd
import Foundation
import PythonRuntime
import Workbook

// Gradbook benchmarks (release build only; never run as tests):
//   swift build -c release --product gradbook-bench && .build/release/gradbook-bench [--once] [name filter]
// `--once` runs each body once without warm-up, for instruction counts that do not depend on a noisy
// machine (`valgrind --tool=callgrind .build/release/gradbook-bench --once "loop: for"`;
// scripts/instruction-counts.sh subtracts the setup); a filter keeps the benchmarks whose names contain it.
// Prints per-operation costs of small-tensor autograd and of a 256×256 matmul chain, the cost of
// running cells through the interpreter, of checking the whole course, and the peak resident memory.

/// One benchmark row: a name, how many times the body runs, and what one run counts as.
struct Benchmark {
  let name: String
  let iterations: Int
  let unit: Unit
  let body: () throws -> Void

  enum Unit {
    case nanoseconds
    case milliseconds
  }
}

/// The command line: `--once`, and an optional filter on benchmark names.
struct Options {
  var once = false
  var filter: String?

  init(_ arguments: [String]) {
    for argument in arguments {
      if argument == "--once" { once = true } else { filter = argument }
    }
  }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))

/// Runs `body` `iterations` times after a short warm-up (once, without, under `--once`) and returns
/// the mean seconds per run.
func measure(_ benchmark: Benchmark) throws -> Double {
  let iterations = options.once ? 1 : benchmark.iterations
  if !options.once {
    for _ in 0..<Swift.max(1, benchmark.iterations / 10) { try benchmark.body() }
  }
  let clock = ContinuousClock()
  let start = clock.now
  for _ in 0..<iterations { try benchmark.body() }
  let elapsed = clock.now - start
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  return seconds / Double(iterations)
}

func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

func leftPad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

func format(_ value: Double, decimals: Int) -> String {
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  let rounded = (value * scale).rounded() / scale
  if decimals == 0, rounded.magnitude < 1e15 { return String(Int64(rounded)) }
  var text = String(rounded)
  if let dot = text.firstIndex(of: ".") {
    let fraction = text[text.index(after: dot)...].count
    if fraction < decimals { text += String(repeating: "0", count: decimals - fraction) }
  }
  return text
}

func run() throws {
  let context = AutogradContext.current
  Tensor.manualSeed(0)
  let small = try Tensor.ones([2, 2], requiresGrad: true)
  // So that the in-place update below has a gradient to apply even when run alone (a name filter).
  try small.sum().backward()
  let plain = try Tensor.ones([2, 2])
  let size = 256
  let depth = 4
  let input = try Tensor.randn([size, size])
  let weights = try (0..<depth).map { _ in
    try Tensor.randn([size, size]).mul(.float(0.0625)).detach().requiresGrad_()
  }
  let big = try Tensor.randn([1_000_000])
  let big2 = try Tensor.randn([1_000_000])

  func chain() throws -> Tensor {
    var h = input
    for w in weights { h = try h.mm(w) }
    return h
  }

  let benchmarks: [Benchmark] = [
    Benchmark(name: "y = x * 2 + 1 (2×2, no grad tracking)", iterations: 200_000, unit: .nanoseconds) {
      _ = try plain.mul(.int(2)).add(.int(1))
    },
    Benchmark(name: "y = x * 2 + 1 (2×2, requires_grad, forward)", iterations: 200_000, unit: .nanoseconds) {
      _ = try small.mul(.int(2)).add(.int(1))
    },
    Benchmark(name: "(x * 2 + 1).sum().backward() (2×2)", iterations: 100_000, unit: .nanoseconds) {
      try small.mul(.int(2)).add(.int(1)).sum().backward()
    },
    Benchmark(name: "w -= 0.1 * w.grad under no_grad (2×2)", iterations: 200_000, unit: .nanoseconds) {
      try context.withMode(.noGrad) {
        if let grad = small.gradIfPresent { try small.sub_(.tensor(grad.mul(.float(0.1)))) }
      }
    },
    Benchmark(name: "x[0, 1] (select, select)", iterations: 200_000, unit: .nanoseconds) {
      _ = try small.index([.int(0), .int(1)])
    },
    Benchmark(name: "256×256 mm forward", iterations: 20, unit: .milliseconds) {
      _ = try input.mm(weights[0])
    },
    Benchmark(name: "4 chained 256×256 mm forward + backward", iterations: 5, unit: .milliseconds) {
      try chain().sum().backward()
    },
    Benchmark(name: "1M-element a * b + a (no grad)", iterations: 10, unit: .milliseconds) {
      _ = try big.mul(.tensor(big2)).add(.tensor(big))
    },
    Benchmark(name: "1M-element sum", iterations: 20, unit: .milliseconds) {
      _ = try big.sum()
    },
  ] + cellBenchmarks() + interpreterBenchmarks()

  let selected = benchmarks.filter { benchmark in options.filter.map { benchmark.name.contains($0) } ?? true }
  let nameWidth = selected.map(\.name.count).max() ?? 40
  print(pad("benchmark", nameWidth) + "  " + leftPad("iterations", 10) + "  " + leftPad("per run", 14))
  print(String(repeating: "-", count: nameWidth + 28))
  for benchmark in selected {
    let seconds = try measure(benchmark)
    let figure: String
    switch benchmark.unit {
    case .nanoseconds: figure = format(seconds * 1e9, decimals: 0) + " ns"
    case .milliseconds: figure = format(seconds * 1e3, decimals: 2) + " ms"
    }
    print(pad(benchmark.name, nameWidth) + "  " + leftPad(String(benchmark.iterations), 10) + "  " + leftPad(figure, 14))
  }
  print("peak resident memory: \(peakResidentMegabytes()) MiB")
}

/// Cells through the interpreter and the whole course through the workbook, as a learner runs them.
func cellBenchmarks() -> [Benchmark] {
  let loopSession = Session()
  let descentSession = Session(modules: .lesson())
  _ = descentSession.run("import torch")
  let descent = """
    xs = torch.tensor([0.0, 1.0, 2.0, 3.0])
    ys = 2 * xs + 1
    w = torch.tensor(0.0, requires_grad=True)
    b = torch.tensor(0.0, requires_grad=True)
    for epoch in range(200):
        loss = ((w * xs + b - ys) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= 0.05 * w.grad
            b -= 0.05 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    """
  let course = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../lessons/en").standardized.path
  return [
    Benchmark(name: "cell: 1M-iteration Python loop (total += i)", iterations: 3, unit: .milliseconds) {
      let result = loopSession.run("total = 0\nfor i in range(1000000):\n    total += i")
      if let error = result.error { throw BenchmarkFailure(message: error.text) }
    },
    cellBenchmark(
      "cell: 100k str methods (s.split(), s.upper(), s.startswith())", setup: "s = 'a,b,c,d'",
      code: """
        for i in range(100000):
            parts = s.split(",")
            u = s.upper()
            f = s.startswith("a")
        """),
    cellBenchmark(
      "cell: 100k list/dict methods (append, get, pop)", setup: "d = {'a': 1}",
      code: """
        xs = []
        for i in range(100000):
            xs.append(i)
            v = d.get('a')
            w = xs.pop()
        """),
    cellBenchmark(
      "cell: 100k builtins (len, abs, isinstance)", setup: "xs = [1, 2, 3]",
      code: """
        for i in range(100000):
            n = len(xs)
            a = abs(-i)
            b = isinstance(i, int)
        """),
    cellBenchmark(
      "cell: 20k tensor methods (t.sum(), t.add(1), t.view(4))", setup: "import torch\nt = torch.ones(2, 2)",
      code: """
        for i in range(20000):
            s = t.sum()
            u = t.add(1)
            v = t.view(4)
        """),
    cellBenchmark(
      "cell: 20k torch functions (torch.sum(t), torch.add(t, 1))", setup: "import torch\nt = torch.ones(2, 2)",
      code: """
        for i in range(20000):
            s = torch.sum(t)
            u = torch.add(t, 1)
        """),
    Benchmark(name: "cell: 200 steps of gradient descent (4 points)", iterations: 20, unit: .milliseconds) {
      let result = descentSession.run(descent)
      if let error = result.error { throw BenchmarkFailure(message: error.text) }
    },
    Benchmark(name: "course: parse and check lessons/en (every lesson)", iterations: 5, unit: .milliseconds) {
      let report = Workbook().run(paths: [course])
      if report.totals.failed > 0 || report.outcomes.isEmpty {
        throw BenchmarkFailure(message: "lessons/en did not pass: \(report.totals)")
      }
    },
  ]
}

/// A cell run `iterations` times in one session after `setup` ran once in it.
func cellBenchmark(_ name: String, setup: String, code: String, iterations: Int = 5) -> Benchmark {
  let session = Session(modules: .lesson())
  _ = session.run(setup)
  return Benchmark(name: name, iterations: iterations, unit: .milliseconds) {
    let result = session.run(code)
    if let error = result.error { throw BenchmarkFailure(message: error.text) }
  }
}

/// A benchmark whose work did not do what it should, so its figure would mean nothing.
struct BenchmarkFailure: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}

/// The process's peak resident set size (Linux reports kilobytes).
func peakResidentMegabytes() -> Int {
  var usage = rusage()
  guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return -1 }
  return usage.ru_maxrss / 1024
}

do {
  try run()
} catch {
  print("benchmark failed: \(error)")
}
