#!/usr/bin/env bash
# Builds the libFuzzer executable (Fuzzing/, -sanitize=fuzzer,address, scratch path .build-fuzz) and runs
# one harness.
#
#   scripts/fuzz.sh HARNESS SECONDS [libFuzzer flags...]   fuzz for SECONDS on one core; crashers go to
#                                                         .build-fuzz-data/artifacts/HARNESS/
#   scripts/fuzz.sh keep HARNESS CRASHER NAME              minimise CRASHER and keep it as the regression
#                                                         input Tests/FuzzRegressionTests/Regressions/HARNESS/NAME
#   scripts/fuzz.sh replay HARNESS FILE...                 run the fuzz executable on inputs (to reproduce)
#
# FUZZ_ASAN=0 builds without AddressSanitizer (into .build-fuzz-plain): about twice the executions per second,
# but out-of-bounds reads and writes through unsafe pointers (the tensor kernels) go unnoticed.
# Harnesses: see FuzzHarness in Sources/FuzzEntryPoints. The corpus grows in .build-fuzz-data/corpus/HARNESS,
# seeded from the lessons, the runtime's test programs and the conformance lessons (Fuzzing/make_seeds.py).
# CI never fuzzes: `swift test` replays the kept regression inputs (FuzzRegressionTests).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# Corpus, crashers and run copies live outside the scratch paths: SwiftPM owns names there (it empties
# `artifacts`, for one).
work=$root/.build-fuzz-data
if [ "${FUZZ_ASAN:-1}" = 0 ]; then
  sanitizers=fuzzer scratch=$root/.build-fuzz-plain flavour=plain
else
  sanitizers=fuzzer,address scratch=$root/.build-fuzz flavour=asan
fi
fuzzer=$scratch/release/gradbook-fuzz

build() {
  # lld: gold fails on this link with an internal error. The backtracer is off below because it
  # trips AddressSanitizer while it reads the crashed thread's stack.
  # Without manifest caching SwiftPM sees files added to the main package (a path dependency here).
  nice -n 10 swift build --package-path Fuzzing --scratch-path "$scratch" -c release \
    --disable-build-manifest-caching -Xswiftc -sanitize="$sanitizers" -Xswiftc -use-ld=lld 2>&1 |
    grep -v 'ld.*warning' >&2
}

# Runs a copy of the executable made for this harness: fork mode re-executes it, and a rebuild for
# another run must not replace it underneath.
run_fuzzer() {
  local harness=$1
  shift
  local copy=$work/bin/gradbook-fuzz-$harness-$flavour
  mkdir -p "$work/bin"
  cp "$fuzzer" "$copy.new" && mv -f "$copy.new" "$copy"
  GRADBOOK_FUZZ_HARNESS=$harness SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
    nice -n 10 "$copy" "$@"
}

case "${1:-}" in
  keep)
    [ $# -eq 4 ] || { echo "usage: $0 keep HARNESS CRASHER NAME" >&2; exit 2; }
    harness=$2 crasher=$3 name=$4
    build
    kept=$root/Tests/FuzzRegressionTests/Regressions/$harness/$name
    mkdir -p "$(dirname "$kept")"
    minimised=$work/minimised-$harness
    # A crasher that no longer crashes (already fixed) is kept as it is.
    if run_fuzzer "$harness" -minimize_crash=1 -runs=20000 -timeout=10 -exact_artifact_path="$minimised" \
      "$crasher" >"$work/minimise.log" 2>&1 && [ -f "$minimised" ]; then
      cp "$minimised" "$kept"
    else
      cp "$crasher" "$kept"
    fi
    echo "kept $kept ($(wc -c <"$kept") bytes)"
    ;;
  replay)
    [ $# -ge 3 ] || { echo "usage: $0 replay HARNESS FILE..." >&2; exit 2; }
    harness=$2
    shift 2
    build
    run_fuzzer "$harness" -timeout=10 "$@"
    ;;
  "" | -h | --help)
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
    ;;
  *)
    [ $# -ge 2 ] || { echo "usage: $0 HARNESS SECONDS [libFuzzer flags...]" >&2; exit 2; }
    harness=$1 seconds=$2
    shift 2
    build
    corpus=$work/corpus/$harness
    seeds=$work/seeds
    artifacts=$work/artifacts/$harness
    mkdir -p "$corpus" "$artifacts"
    python3 Fuzzing/make_seeds.py "$seeds"
    dictionary=()
    tokens=Fuzzing/Dictionaries/$harness.dict
    if [ -f "$tokens" ]; then dictionary=(-dict="$tokens"); fi
    # One core (the machine is shared); fork mode keeps fuzzing past a crash, timeout or out-of-memory
    # and collects each of them in $artifacts.
    run_fuzzer "$harness" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
      -artifact_prefix="$artifacts/" ${dictionary[@]+"${dictionary[@]}"} "$@" "$corpus" "$seeds/$harness"
    ;;
esac
