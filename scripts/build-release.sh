#!/usr/bin/env bash
# Builds a release product (default: gradbook, at .build/release/gradbook), the one way the course and the
# benchmarks build it.
#
#   bash scripts/build-release.sh [gradbook | gradbook-bench]
#
# The Swift runtime and Foundation are linked statically: loading them as shared libraries cost each run
# ~12M instructions of symbol relocation (half of `gradbook --version`) and ~6 MiB of resident memory.
# Debug and test builds stay dynamic, as `swift build` makes them.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product "${1:-gradbook}" >&2
