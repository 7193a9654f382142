#!/usr/bin/env bash
# Benchmark (not a test): grading 200 copies of the released English course, half of them solved, with --jobs 1 and
# --jobs 2, against the time real PyTorch takes to run the same cells once (tools/pytorch_expected.py --check over
# lessons/en in one Python process, torch import included). Prints wall seconds and peak memory, medians of RUNS runs.
# Usage: scripts/bench-grading.sh [PYTHON_WITH_TORCH] [RUNS]      (default: python3, 3 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
python="${1:-python3}"
runs="${2:-3}"
swift build -c release --product gradbook >&2
# Every learner below also sees their lost points; grade exits 1 for that, which is not a failure here.
gradbook=.build/release/gradbook
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$gradbook" release lessons/en -o "$work/release" >&2
python3 scripts/make-submissions.py lessons/en "$work/release" "$work/submissions" 200
submissions=("$work"/submissions/learner-*)

# Median wall seconds and peak resident MiB of running "$@" $runs times.
measure() {
  local walls=() peaks=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2>&1 || true
    # time writes "Command exited with non-zero status N" first when the command fails (grade exits 1 on lost points).
    read -r wall peak < <(tail -n 1 "$work/time")
    walls+=("$wall")
    peaks+=("$peak")
  done
  local wall peak
  wall="$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")"
  peak="$(printf '%s\n' "${peaks[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")"
  echo "$wall $(( peak / 1024 ))"
}

printf '%-54s %10s %10s\n' "what" "wall (s)" "peak MiB"
read -r one_wall one_peak < <(measure "$gradbook" grade --source lessons/en --format json --jobs 1 "${submissions[@]}")
printf '%-54s %10s %10s\n' "gradbook grade, 200 submissions, --jobs 1" "$one_wall" "$one_peak"
read -r two_wall two_peak < <(measure "$gradbook" grade --source lessons/en --format json --jobs 2 "${submissions[@]}")
printf '%-54s %10s %10s\n' "gradbook grade, 200 submissions, --jobs 2" "$two_wall" "$two_peak"
read -r torch_wall torch_peak < <(measure "$python" tools/pytorch_expected.py --check lessons/en)
printf '%-54s %10s %10s\n' "PyTorch: the same cells once (one process)" "$torch_wall" "$torch_peak"
awk -v one="$one_wall" -v two="$two_wall" -v torch="$torch_wall" 'BEGIN {
  printf "per submission: %.1f ms (--jobs 1), %.1f ms (--jobs 2); 200 submissions take %.2fx the time PyTorch takes once\n",
    one * 5, two * 5, one / torch
}'
