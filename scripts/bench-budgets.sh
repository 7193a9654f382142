#!/usr/bin/env bash
# Benchmark (not a test): how long each runaway cell of issue 8 runs before its budget ends it, through the release
# CLI with the default budgets. Prints, per case, the error the cell ended with and the wall seconds and peak MiB of
# the whole run. Usage: scripts/bench-budgets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product gradbook >&2
gradbook=.build/release/gradbook
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cases=(
  "in|s = 'a' * 10**6\nfor _ in range(1000):\n    ('a' * 500000 + 'b') in s"
  "count|s = 'a' * 10**6\nfor _ in range(1000):\n    s.count('a' * 500000 + 'b')"
  "sum|import torch\nbig = torch.zeros(50_000_000)\nfor _ in range(100_000):\n    big.sum()"
  "allclose|import torch\nbig = torch.zeros(50_000_000)\nfor _ in range(100_000):\n    torch.allclose(big, big)"
  "expand|import torch\ne = torch.zeros(1).expand(50_000_000)\nfor _ in range(100_000):\n    e.sum()"
  "sorted|big = [0] * 10**6\nx = sorted([big + [1]] + [big] * 1000)"
  "repr|big = [0] * 10**6\nr = repr([big] * 1000)"
  "hash|s = 'a' * 10**7\nfor _ in range(10**6):\n    x = {s}"
  "tensors|import torch\nkept = [torch.zeros(50_000_000) for _ in range(51)]"
  "lists|x = [[0] * 10**7 for _ in range(7)]"
  "output|print('x' * 999_999)"
)
printf '%-9s %8s %8s  %s\n' case seconds MiB error
for entry in "${cases[@]}"; do
  name="${entry%%|*}"
  # The output case is 200 cells of a million characters each (the budget per lesson); the others one cell.
  cells=1
  if [ "$name" = output ]; then cells=200; fi
  printf '# %s\n' "$name" > "$work/$name.md"
  for _ in $(seq "$cells"); do printf '\n```python\n%b\n```\n' "${entry#*|}" >> "$work/$name.md"; done
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/$name.mem" "$gradbook" run --color never "$work/$name.md" > "$work/$name.out" 2>&1 || true
  end=$(date +%s.%N)
  error=$(grep -m1 -E '^[A-Za-z]+Error' "$work/$name.out" | cut -c1-70 || true)
  printf '%-9s %8.1f %8d  %s\n' "$name" "$(echo "$end - $start" | bc)" "$(( $(tail -1 "$work/$name.mem") / 1024 ))" "$error"
done
