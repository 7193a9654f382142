import ArgumentParser
import PythonRuntime
import Workbook

/// The budgets a learner's code runs under, as `run` and `check` let them be changed (docs/budgets.md).
struct BudgetOptions: ParsableArguments {
  @Option(help: "Wall-clock seconds one cell may run before TimeoutError (a backstop; 0: no limit).")
  var cellTimeout: Double = Limits().cellSeconds

  @Option(help: "MiB of tensors and large containers one lesson may hold alive before MemoryError.")
  var memoryBudget: Int = Limits().memoryBytes >> 20

  func validate() throws {
    guard cellTimeout.isFinite, cellTimeout >= 0 else {
      throw ValidationError("--cell-timeout must be a number of seconds, 0 or more (got \(cellTimeout))")
    }
    guard memoryBudget > 0, memoryBudget <= Int.max >> 20 else {
      throw ValidationError("--memory-budget must be a positive number of MiB (got \(memoryBudget))")
    }
  }

  /// The default limits with these options applied.
  var limits: Limits {
    var limits = Limits()
    limits.cellSeconds = cellTimeout
    limits.memoryBytes = memoryBudget << 20
    return limits
  }

  /// A fresh interpreter session under these limits for each lesson.
  var makeRunner: CellRunnerFactory { CellRunners.interpreter(limits: limits) }
}
