#!/usr/bin/env bash
# Runs the whole test suite: unit and conformance tests, then every lesson and the in-repo conformance corpus
# through the CLI, and the shared corpus too when ../shared is beside the repository (CI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
# XCTest only: without this flag an empty Swift Testing run prints "0 tests in 0 suites passed" last,
# which reads as if nothing ran; every test here is XCTest.
swift test --skip-build --disable-swift-testing
swift build --product gradbook
.build/debug/gradbook check lessons
# The copy the tests read (Tests/Fixtures/README.md), end to end through the CLI, so a plain clone checks it.
.build/debug/gradbook check Tests/Fixtures/conformance
# torch.nn's corpus: every cell but the ones NNConformanceTests.pending lists (features outside torch.nn).
nn_expected="66 passed, 0 failed"
nn_tally=$(.build/debug/gradbook check Tests/Fixtures/conformance-nn 2>&1 | tail -1 || true)
if [ "$nn_tally" != "$nn_expected" ]; then
  echo "conformance-nn: expected '$nn_expected', got '$nn_tally'" >&2
  echo "(when a pending cell starts passing, update nn_expected here and NNConformanceTests.pending)" >&2
  exit 1
fi
echo "conformance-nn: $nn_tally (as expected)"
if [ -d ../shared/conformance ]; then
  .build/debug/gradbook check ../shared/conformance
fi
