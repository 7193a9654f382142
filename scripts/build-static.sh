#!/usr/bin/env bash
# Builds a self-contained gradbook for other Linux machines (a Gradescope image, a CI runner): the Swift runtime and
# Foundation linked in statically, and the one C library it needs beyond glibc and libstdc++ — libcmark — copied next
# to it, where the binary looks first (its RUNPATH is $ORIGIN). `gradbook autograder --binary` bundles both.
# Usage: scripts/build-static.sh            -> .build-static/release/gradbook (+ libcmark.so.*)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --static-swift-stdlib --product gradbook --scratch-path .build-static >&2
binary=.build-static/release/gradbook
library="$(ldd "$binary" | awk '/libcmark/ { print $3 }')"
if [ -n "$library" ]; then
  # Copied under the name the binary asks for (its soname), following the symbolic link to the real file.
  cp -L "$library" "$(dirname "$binary")/$(basename "$library")"
fi
ldd "$binary" >&2
echo "$binary"
