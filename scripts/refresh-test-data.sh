#!/usr/bin/env bash
# Copies the PyTorch-produced test data from ../shared into Tests/Fixtures and says what changed: files
# added, removed or modified, and for cases.json the sessions and cells added, removed or changed.
#
#   bash scripts/refresh-test-data.sh [--check] [SHARED]
#
# SHARED defaults to ../shared beside the repository. --check copies nothing and exits 1 when the copy is
# stale. Needs python3 for the cases.json summary (the copy itself needs only bash and coreutils).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,8s/^# \{0,1\}//p' "$0"; }

check=false
shared=../shared
for arg in "$@"; do
  case "$arg" in
    --check) check=true ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "refresh-test-data: unknown option $arg" >&2; usage >&2; exit 2 ;;
    *) shared=$arg ;;
  esac
done

if [ ! -d "$shared" ]; then
  echo "refresh-test-data: no shared data folder at $shared (it is expected beside the repository)." >&2
  echo "Nothing to refresh from; the copy in Tests/Fixtures is unchanged and the tests still use it." >&2
  exit 2
fi

# What is copied: folder in SHARED, folder in Tests/Fixtures, the files (globs) taken from it.
copied=(
  "conformance|Tests/Fixtures/conformance|*.md cases.json"
  "reference|Tests/Fixtures/reference|rng_test_vectors.json"
  "conformance-nn|Tests/Fixtures/conformance-nn|*.md cases.json"
)
# Present in SHARED but used by no test yet; reported, not copied. Move a line to `copied` when a test needs it.
known_unused=()

# Prints the sessions and cells that differ between two cases.json files (either may be /dev/null).
summarize_cases() {
  if ! command -v python3 > /dev/null 2>&1; then
    echo "    (python3 not found: no per-cell summary)"
    return
  fi
  python3 - "$1" "$2" << 'PY'
import difflib, json, sys

def load(path):
    try:
        with open(path) as f:
            return json.load(f) if path != "/dev/null" else {"sessions": []}
    except (OSError, ValueError) as error:
        sys.exit(f"    cannot read {path}: {error}")

old, new = load(sys.argv[1]), load(sys.argv[2])
fields = ("code", "output", "warnings", "error", "title")

def label(cell):
    first = (cell.get("title") or cell.get("code", "").split("\n")[0])[:60]
    return f'"{first}"'

def key(cell):
    return json.dumps([cell.get(f) for f in fields])

if old.get("torch_version") != new.get("torch_version"):
    print(f"    torch_version: {old.get('torch_version')} -> {new.get('torch_version')}")
old_sessions = {s["name"]: s["cells"] for s in old["sessions"]}
new_sessions = {s["name"]: s["cells"] for s in new["sessions"]}
for name in old_sessions.keys() - new_sessions.keys():
    print(f"    session {name} removed ({len(old_sessions[name])} cells)")
for session in new["sessions"]:
    name, cells = session["name"], session["cells"]
    if name not in old_sessions:
        print(f"    session {name} added ({len(cells)} cells)")
        continue
    before = old_sessions[name]
    matcher = difflib.SequenceMatcher(a=[key(c) for c in before], b=[key(c) for c in cells], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            for i, j in zip(range(i1, i2), range(j1, j2)):
                changed = [f for f in fields if before[i].get(f) != cells[j].get(f)]
                print(f"    {name} cell {j}: changed ({', '.join(changed)}) {label(cells[j])}")
            continue
        if tag in ("delete", "replace"):
            for i in range(i1, i2):
                print(f"    {name} cell {i} (old numbering): removed {label(before[i])}")
        if tag in ("insert", "replace"):
            for j in range(j1, j2):
                print(f"    {name} cell {j}: added {label(cells[j])}")
PY
}

# Lists the files of folder $1 matching the globs $2, one name a line, sorted.
list_files() {
  local folder=$1 globs=$2
  [ -d "$folder" ] || return 0
  (
    cd "$folder"
    # Unquoted on purpose: the globs expand inside the folder; a glob that matches nothing stays literal.
    for file in $globs; do
      if [ -f "$file" ]; then echo "$file"; fi
    done
  ) | sort -u
}

total_changes=0
for entry in "${copied[@]}"; do
  IFS='|' read -r source_name target globs <<< "$entry"
  source="$shared/$source_name"
  if [ ! -d "$source" ]; then
    echo "refresh-test-data: $source is missing; the shared data folder is incomplete" >&2
    exit 2
  fi
  source_files=$(list_files "$source" "$globs")
  target_files=$(list_files "$target" "$globs")
  added=$(comm -23 <(echo "$source_files") <(echo "$target_files") | sed '/^$/d')
  removed=$(comm -13 <(echo "$source_files") <(echo "$target_files") | sed '/^$/d')
  modified=""
  for file in $(comm -12 <(echo "$source_files") <(echo "$target_files")); do
    cmp -s "$source/$file" "$target/$file" || modified+="$file"$'\n'
  done
  modified=$(echo -n "$modified" | sed '/^$/d')
  count=$(printf '%s\n%s\n%s\n' "$added" "$removed" "$modified" | sed '/^$/d' | wc -l)
  total_changes=$((total_changes + count))
  if [ "$count" -eq 0 ]; then
    echo "$source_name: unchanged ($(echo "$source_files" | sed '/^$/d' | wc -l) file(s) in $target)"
    continue
  fi
  echo "$source_name: $count file(s) differ between $source and $target"
  for file in $added; do echo "  added    $file"; done
  for file in $removed; do echo "  removed  $file"; done
  for file in $modified; do echo "  modified $file"; done
  if [ -f "$source/cases.json" ] && ! cmp -s "$source/cases.json" "$target/cases.json" 2> /dev/null; then
    old_cases="$target/cases.json"
    [ -f "$old_cases" ] || old_cases=/dev/null
    echo "  cases.json:"
    summarize_cases "$old_cases" "$source/cases.json"
  fi
  if ! $check; then
    mkdir -p "$target"
    # install, not cp: the shared files are read-only and the copy must stay writable for the next refresh.
    for file in $added $modified; do install -m 644 "$source/$file" "$target/$file"; done
    for file in $removed; do rm -- "$target/$file"; done
  fi
done

for entry in ${known_unused[@]+"${known_unused[@]}"}; do
  IFS='|' read -r source_name about <<< "$entry"
  if [ -d "$shared/$source_name" ]; then
    files=$(list_files "$shared/$source_name" "*.md *.json" | wc -l)
    echo "$source_name: available in $shared ($files files: $about), not copied: no test uses it yet"
  fi
done

if [ "$total_changes" -eq 0 ]; then
  echo "Tests/Fixtures is up to date with $shared."
elif $check; then
  echo "Tests/Fixtures is stale: $total_changes file(s) differ; run bash scripts/refresh-test-data.sh" >&2
  exit 1
else
  echo "Updated $total_changes file(s) in Tests/Fixtures; run bash scripts/test.sh, then commit them."
fi
