#!/usr/bin/env bash
# Sets Gradbook up (system packages, release build) and runs the course in the terminal.
# Usage: scripts/course.sh [ko|en] [more gradbook run options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-release.sh
edition="${1:-en}"
[ $# -gt 0 ] && shift
status=0
.build/release/gradbook run "lessons/$edition" "$@" || status=$?
# Said after the course, where it is still on screen: the README's commands call the binary as `gradbook`.
echo "gradbook is at $PWD/.build/release/gradbook; to call it as 'gradbook': export PATH=\"$PWD/.build/release:\$PATH\"" >&2
exit "$status"
