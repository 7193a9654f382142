#!/usr/bin/env bash
# Counts the instructions Gradbook executes, with callgrind: figures that repeat exactly from run to run,
# unlike times on a busy machine. Not part of CI or the tests.
#
#   bash scripts/instruction-counts.sh [name filter]
#
# Needs valgrind (apt-get install valgrind). Builds gradbook and gradbook-bench in release
# (scripts/build-release.sh), then counts whole runs of `gradbook --version` and `gradbook check` over the
# conformance corpus (Tests/Fixtures/conformance), and one run of each gradbook-bench benchmark whose name
# contains the filter (default "loop:", the interpreter's hot loops), setup excluded.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind > /dev/null 2>&1; then
  echo "instruction-counts: valgrind is needed (Debian/Ubuntu: apt-get install valgrind)" >&2
  exit 2
fi
filter="${1:-loop:}"
bash scripts/build-release.sh gradbook
bash scripts/build-release.sh gradbook-bench

# Prints the instruction count callgrind reports for one command.
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | tail -1
}

printf '%15s  %s\n' "instructions" "run"
printf '%15s  %s\n' "$(count .build/release/gradbook --version)" "gradbook --version"
printf '%15s  %s\n' "$(count .build/release/gradbook check Tests/Fixtures/conformance)" \
  "gradbook check Tests/Fixtures/conformance"
# gradbook-bench builds every benchmark (sessions, tensors) before running the selected ones, and cells run
# on their session's thread, so a body is counted as the difference between a run with it and a run that
# selects nothing.
setup=$(count .build/release/gradbook-bench --once "no benchmark has this name")
.build/release/gradbook-bench --once "$filter" | sed -n '3,$p' | grep -v '^peak resident memory' \
  | sed 's/  *[0-9][0-9]*  *[0-9.]* [mn]s$//' | while IFS= read -r name; do
  [ -n "$name" ] || continue
  total=$(count .build/release/gradbook-bench --once "$name")
  printf '%15s  %s\n' "$((total - setup))" "gradbook-bench --once: $name"
done
