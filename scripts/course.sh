#!/usr/bin/env bash
# Sets Gradbook up (system packages, release build) and runs the course in the terminal.
# Usage: scripts/course.sh [ko|en] [more gradbook run options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product gradbook >&2
edition="${1:-en}"
[ $# -gt 0 ] && shift
exec .build/release/gradbook run "lessons/$edition" "$@"
