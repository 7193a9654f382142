#!/usr/bin/env bash
# Installs what Gradbook needs on Debian/Ubuntu when it is missing: libcmark-dev and pkg-config to build, tmux for the
# tests that drive `gradbook repl` and `gradbook study` in a real terminal, and graphviz, whose dot lays out the
# autograd graphs of `gradbook report` (without it reports show graphs as text).
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "gradbook: Swift 6 is required (https://www.swift.org/install/linux/) and 'swift' is not on PATH" >&2
  exit 1
fi

missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev pkg-config)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
if [ ${#missing[@]} -gt 0 ]; then
  echo "gradbook: installing ${missing[*]}" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Optional: without Graphviz everything works and reports say how to get pictures.
if ! command -v dot >/dev/null 2>&1; then
  echo "gradbook: installing graphviz" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  { "${sudo_cmd[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq graphviz >/dev/null; } \
    || echo "gradbook: graphviz could not be installed; reports will show graphs as text" >&2
fi
