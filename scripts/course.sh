#!/usr/bin/env bash
# Sets Gradbook up (system packages, release build) and starts the course.
# Usage: scripts/course.sh [ko|en] [more gradbook options]
#
# On a terminal this is `gradbook study lessons/EDITION`: it makes your own copy of the course in study/EDITION
# (without the solutions) and opens its first exercise. Without a terminal it reads the course with `gradbook run`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-release.sh
edition="${1:-en}"
[ $# -gt 0 ] && shift
status=0
studied=0
if [ -t 0 ] && [ -t 1 ]; then
  studied=1
  .build/release/gradbook study "lessons/$edition" "$@" || status=$?
else
  .build/release/gradbook run "lessons/$edition" "$@" || status=$?
fi
# Said last, where it is still on screen: the README's commands call the binary as `gradbook`.
echo "gradbook is at $PWD/.build/release/gradbook; to call it as 'gradbook': export PATH=\"$PWD/.build/release:\$PATH\"" >&2
if [ "$studied" = 1 ] && [ -d "study/$edition/.gradbook" ]; then
  echo "Your copy of the course is study/$edition: 'gradbook study' there goes on where you stopped." >&2
else
  echo "To work through the exercises at a terminal: .build/release/gradbook study lessons/$edition" >&2
fi
exit "$status"
