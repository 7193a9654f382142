import Foundation
import PythonRuntime
import Workbook

/// The interpreter's hot paths (loops of plain Python), a session's start and the conformance corpus
/// in process: what issue 7's per-cell cost is made of, with the 1M loop it compares against CPython.
func interpreterBenchmarks() -> [Benchmark] {
  let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Tests/Fixtures/conformance").standardized.path
  return [
    loopBenchmark(
      "loop: for i in range(1M): s += i", iterations: 3, "s = 0\nfor i in range(1000000):\n    s += i"),
    loopBenchmark(
      "loop: while i < 100k (two += per pass)", "i = 0\ns = 0\nwhile i < 100000:\n    s += i\n    i += 1"),
    loopBenchmark(
      "loop: 100k calls of a one-line function",
      "def f(x):\n    return x + 1\ns = 0\nfor i in range(100000):\n    s = f(s)"),
    loopBenchmark("loop: 100k list.append", "xs = []\nfor i in range(100000):\n    xs.append(i)"),
    loopBenchmark("loop: [i * 2 for i in range(100k)]", "ys = [i * 2 for i in range(100000)]"),
    loopBenchmark(
      "loop: 100k-pass for loop in a function (locals)",
      "def g(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\nt = g(100000)"),
    loopBenchmark(
      "generator: for x in gen() over 10k yields",
      "def gen(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\ns = 0\nfor x in gen(10000):\n    s += x"),
    loopBenchmark(
      "generator: the same 10k-pass loop without yield (list.append)",
      "def lst(n):\n    out = []\n    i = 0\n    while i < n:\n        out.append(i)\n        i += 1\n    return out\ns = 0\nfor x in lst(10000):\n    s += x"),
    loopBenchmark(
      "generator: 1k generators started, one next each, abandoned",
      "def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\nfor i in range(1000):\n    next(naturals())"),
    loopBenchmark(
      "generator: (x for x in range(10k)) expression, summed", "s = sum(x for x in range(10000))"),
    loopBenchmark(
      "class: 100k method calls (self.add(i))",
      "class Acc:\n    def __init__(self):\n        self.total = 0\n    def add(self, x):\n        self.total += x\na = Acc()\nfor i in range(100000):\n    a.add(i)"),
    loopBenchmark(
      "class: 10k instances created (__init__ with two attributes)",
      "class P:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\nps = [P(i, i) for i in range(10000)]"),
    loopBenchmark(
      "class: 10k a + b through __add__",
      "class V:\n    def __init__(self, x):\n        self.x = x\n    def __add__(self, o):\n        return V(self.x + o.x)\nv = V(0)\none = V(1)\nfor i in range(10000):\n    v = v + one"),
    Benchmark(name: "session: start with torch, import torch", iterations: 200, unit: .milliseconds) {
      let result = Session(modules: .lesson()).run("import torch")
      if let error = result.error { throw BenchmarkFailure(message: error.text) }
    },
    Benchmark(
      name: "corpus: check Tests/Fixtures/conformance (215 cells)", iterations: 5, unit: .milliseconds
    ) {
      let report = Workbook().run(paths: [corpus])
      if report.totals.failed > 0 || report.outcomes.isEmpty {
        throw BenchmarkFailure(message: "the conformance corpus did not pass: \(report.totals)")
      }
    },
  ]
}

/// A cell of plain Python run `iterations` times in one session (no torch).
func loopBenchmark(_ name: String, iterations: Int = 5, _ code: String) -> Benchmark {
  let session = Session()
  return Benchmark(name: name, iterations: iterations, unit: .milliseconds) {
    let result = session.run(code)
    if let error = result.error { throw BenchmarkFailure(message: error.text) }
  }
}
