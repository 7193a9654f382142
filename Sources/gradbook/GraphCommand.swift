import ArgumentParser
import Reports

/// `gradbook graph`.
struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Export the autograd graph after one cell of a lesson, as text, Graphviz DOT or SVG.",
    discussion: """
      Runs the lesson up to the cell and draws the graph as it stands after it: of the variables given with --of, \
      else of what the cell's ```graph fence names, else of the cell's last expression. SVG needs Graphviz's dot on \
      PATH (apt-get install graphviz). Exit status: 0, or 2 when the lesson, the cell or the graph cannot be used.

      Examples:
        gradbook graph lessons/en/03-intermediate-tensors.md --cell 14
        gradbook graph lessons/en/06-partial-derivatives.md --cell 24 --of f --format dot | dot -Tpng > f.png
        gradbook graph lessons/en/02-backward-scalar.md --cell 19 --format svg -o graph.svg
      """
  )

  @Argument(help: "A lesson file.")
  var lesson: String

  @Option(help: "The cell: its id= or the line its ```python fence opens on.")
  var cell: String

  @Option(
    help: "Variables to draw from, separated by commas (default: the cell's graph fence or last expression).")
  var of: String?

  @Option(help: "Output format: text, dot or svg.")
  var format: GraphExport.Format = .text

  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  @Option(help: "Seconds Graphviz may take before it is stopped (svg).")
  var graphvizTimeout: Double = Graphviz.defaultTimeLimit

  func run() throws {
    let export = GraphExport(write: ConsoleOutput.write, writeError: ConsoleOutput.writeError)
    let names = of.map { $0.split(separator: ",").map { String($0) } }
    let code = export.export(
      lesson: lesson, cell: cell, of: names, format: format, output: output,
      graphviz: Graphviz.fromPath(timeLimit: graphvizTimeout))
    if code != 0 { throw ExitCode(code) }
  }
}

extension GraphExport.Format: ExpressibleByArgument {}
