#!/usr/bin/env bash
# Runs the whole test suite: unit and conformance tests, then every lesson and the shared corpus through the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build
swift build --product gradbook
.build/debug/gradbook check lessons
if [ -d ../shared/conformance ]; then
  .build/debug/gradbook check ../shared/conformance
fi
