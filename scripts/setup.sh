#!/usr/bin/env bash
# Installs what Gradbook needs on Debian/Ubuntu (libcmark-dev, pkg-config) when it is missing.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "gradbook: Swift 6 is required (https://www.swift.org/install/linux/) and 'swift' is not on PATH" >&2
  exit 1
fi

if ! pkg-config --exists libcmark 2>/dev/null; then
  echo "gradbook: installing libcmark-dev and pkg-config" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq libcmark-dev pkg-config >/dev/null
fi
