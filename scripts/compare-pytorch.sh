#!/usr/bin/env bash
# Measures Gradbook side by side with real PyTorch and CPython and prints issue 7's table.
#
#   TORCH_PYTHON=/path/to/venv/bin/python bash scripts/compare-pytorch.sh [RUNS]
#
# TORCH_PYTHON defaults to python3 and must be able to import torch (python3 -m venv v && v/bin/pip install
# torch). RUNS (default 7) is how many times each command runs; figures are medians of whole processes.
# Builds the release gradbook first (scripts/build-release.sh), unless GRADBOOK names a gradbook binary to
# measure instead (e.g. one built from another commit). Not part of CI or the tests.
#
# Rows: `gradbook check` over the conformance corpus against scripts/pytorch-cells.py running the same
# cells with torch in one Python process (wall time and peak memory); `gradbook --version`; a 1M-iteration
# integer loop in a lesson cell against python3 running the same loop at module level; 2,000 Adam steps of a
# small network (issue 12's training loop) against torch on one thread (Gradbook runs a cell on one), with
# torch's import timed on its own so the loop's share can be read off.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-7}"
torch_python="${TORCH_PYTHON:-python3}"
if ! "$torch_python" -c "import torch" > /dev/null 2>&1; then
  echo "compare-pytorch: '$torch_python' cannot import torch." >&2
  echo "Install PyTorch in a venv (python3 -m venv v && v/bin/pip install torch), then" >&2
  echo "run again with TORCH_PYTHON=v/bin/python." >&2
  exit 2
fi
# The interpreters' own executables: a launcher shim in front of either (pyenv's takes ~0.15 s) would be
# timed along with them.
torch_exe=$("$torch_python" -c 'import sys; print(sys.executable)')
cpython_exe=$(python3 -c 'import sys; print(sys.executable)')
corpus=../shared/conformance
[ -d "$corpus" ] || corpus=Tests/Fixtures/conformance

if [ -n "${GRADBOOK:-}" ]; then
  gradbook=$GRADBOOK
else
  bash scripts/build-release.sh
  gradbook=.build/release/gradbook
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
loop=$'s = 0\nfor i in range(1000000):\n    s += i'
printf '# Loop\n\n```python\n%s\n```\n' "$loop" > "$work/loop.md"
printf '%s\n' "$loop" > "$work/loop.py"
training=$'import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\ntorch.manual_seed(1)\nX = torch.randn(48, 4)\nlabels = (X[:, 0] + X[:, 1] * X[:, 2] > 0).long()\nmodel = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))\noptimizer = torch.optim.Adam(model.parameters(), lr=0.01)\nfor step in range(2000):\n    optimizer.zero_grad()\n    loss = F.cross_entropy(model(X), labels)\n    loss.backward()\n    optimizer.step()\nprint(f"{loss.item():.6f}")'
# torch on one thread, as Gradbook runs a cell (Gradbook has no set_num_threads: a cell never needs it).
printf 'import torch\ntorch.set_num_threads(1)\n%s\n' "$training" > "$work/training.py"
# The lesson's expected output is what torch printed, so `check` proves both sides trained the same model.
"$torch_exe" "$work/training.py" > "$work/training.txt"
printf '# Training\n\n```python\n%s\n```\n\n```output\n%s\n```\n' "$training" "$(cat "$work/training.txt")" \
  > "$work/training.md"

# Each side must pass before it is timed: a failing run would be timing something else.
"$gradbook" check "$corpus" > /dev/null || { echo "compare-pytorch: gradbook check $corpus failed" >&2; exit 1; }
"$torch_exe" scripts/pytorch-cells.py "$corpus" > "$work/torch.txt" \
  || { cat "$work/torch.txt" >&2; echo "compare-pytorch: torch did not reproduce $corpus" >&2; exit 1; }
"$gradbook" check "$work/loop.md" > /dev/null || { echo "compare-pytorch: the loop lesson failed" >&2; exit 1; }
"$gradbook" check "$work/training.md" > /dev/null \
  || { echo "compare-pytorch: the training lesson did not print torch's loss" >&2; exit 1; }

quote() { printf '%q' "$1"; }
echo "measuring, $runs runs of each command (corpus: $corpus, torch: $torch_exe, CPython: $cpython_exe)" >&2
python3 scripts/measure.py "$runs" \
  "corpus_gradbook=$(quote "$gradbook") check $(quote "$corpus")" \
  "corpus_torch=$(quote "$torch_exe") scripts/pytorch-cells.py $(quote "$corpus")" \
  "version=$(quote "$gradbook") --version" \
  "loop_gradbook=$(quote "$gradbook") check $(quote "$work/loop.md")" \
  "loop_cpython=$(quote "$cpython_exe") $(quote "$work/loop.py")" \
  "training_gradbook=$(quote "$gradbook") check $(quote "$work/training.md")" \
  "training_torch=$(quote "$torch_exe") $(quote "$work/training.py")" \
  "torch_import=$(quote "$torch_exe") -c 'import torch, torch.nn, torch.nn.functional'" > "$work/results.jsonl"

python3 - "$work/results.jsonl" "$runs" << 'EOF'
import json, os, sys
rows = {row["name"]: row for row in map(json.loads, open(sys.argv[1]))}
ms = lambda name, key="wall": rows[name][key] * 1000
mib = lambda name: rows[name]["rss_kib"] / 1024
ratio = lambda a, b: f"1/{b / a:.0f}" if a * 10 < b else f"{a / b:.2f}"
load = open("/proc/loadavg").read().split()[0] if os.path.exists("/proc/loadavg") else "unknown"
print(f"medians of {sys.argv[2]} runs; CPU = user + system time; load average {load} (wall times grow with it)")
print()
print("| figure | Gradbook | reference | ratio | target |")
print("|---|---|---|---|---|")
def row(figure, name, reference, key="wall", target=""):
    ours, theirs = ms(name, key), (ms(reference, key) if reference else None)
    cells = [f"{ours:.1f} ms", f"{theirs:.0f} ms" if theirs else "", ratio(ours, theirs) if theirs else ""]
    print(f"| {figure} | " + " | ".join(cells) + f" | {target} |")
row("wall, `gradbook check` corpus ÷ PyTorch", "corpus_gradbook", "corpus_torch", target="≤ 1/100")
row("CPU, same", "corpus_gradbook", "corpus_torch", key="cpu")
print(f"| peak memory, same | {mib('corpus_gradbook'):.1f} MiB | {mib('corpus_torch'):.0f} MiB"
      f" | {ratio(mib('corpus_gradbook'), mib('corpus_torch'))} | ≤ 1/25, and ≤ 25 MiB |")
row("`gradbook --version` wall", "version", None, target="≤ 5 ms")
row("`gradbook --version` CPU", "version", None, key="cpu")
row("1M-iteration loop in a cell ÷ CPython, wall", "loop_gradbook", "loop_cpython", target="≤ 0.5")
row("same, CPU", "loop_gradbook", "loop_cpython", key="cpu")
row("2,000 Adam steps (4-16-2 net) ÷ PyTorch on one thread, wall", "training_gradbook", "training_torch")
print(f"| peak memory, same | {mib('training_gradbook'):.1f} MiB | {mib('training_torch'):.0f} MiB"
      f" | {ratio(mib('training_gradbook'), mib('training_torch'))} | |")
print(f"| of which `import torch` | | {ms('torch_import'):.0f} ms | | |")
EOF
