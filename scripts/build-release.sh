#!/usr/bin/env bash
# Builds the release gradbook at .build/release/gradbook, the one way the course and the benchmarks build it.
#
# The Swift runtime and Foundation are linked statically: loading them as shared libraries cost each run
# ~12M instructions of symbol relocation (half of `gradbook --version`) and ~6 MiB of resident memory.
# Debug and test builds stay dynamic, as `swift build` makes them.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product gradbook "$@" >&2
