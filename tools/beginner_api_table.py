#!/usr/bin/env python3
"""Print the table of the beginner tutorials' API (issue 12): per group, items, supported, differs,
missing and left out, with totals, measured by running Gradbook on the checklist rows.

Developer tool; needs no PyTorch. The rows are `Tests/Fixtures/beginner-api/NN-*.md` (one lesson per
group of `../shared/reference/pytorch-beginner-api.md`, one `## item` heading and one cell per item,
fences written by `tools/pytorch_expected.py --update`); `not-supported.tsv` beside them gives the
reason for every row that is not expected to match.

Every row is copied into a lesson of its own in a temporary folder, so that one `gradbook check
--format json` runs each row in a fresh session, as BeginnerAPITests does. A row is

* supported: it printed what PyTorch printed (output, warnings and error);
* left out: not-supported.tsv lists it as `left out` (it needs files, a network, a GPU, torchvision
  or numpy), whatever it printed;
* missing: Gradbook raised an error PyTorch did not;
* differs: anything else that is not PyTorch's text.

Usage:
    python3 tools/beginner_api_table.py [--gradbook .build/debug/gradbook] [--rows Tests/Fixtures/beginner-api]

Exit status 0 when the table agrees with not-supported.tsv, 1 when a listed row passes or an unlisted
row fails (the notes under the table say which), 2 when Gradbook could not be run.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COUNTED_GROUPS = range(1, 17)
CATEGORIES = ("supported", "differs", "missing", "left out")


class Row:
    def __init__(self, group, item, section, lesson_title):
        self.group = group
        self.item = item
        self.section = section
        self.lesson_title = lesson_title
        self.category = None
        self.detail = ""


def read_rows(folder):
    """The rows of every lesson: a `## ` heading and what follows it up to the next one."""
    rows, titles = [], {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md"):
            continue
        group = int(name.split("-", 1)[0])
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        title = next(line[2:] for line in lines if line.startswith("# "))
        titles[group] = title
        starts = [i for i, line in enumerate(lines) if line.startswith("## ")]
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(lines)
            rows.append(Row(group, lines[start][3:], "\n".join(lines[start:end]), title))
    return rows, titles


def read_exemptions(path):
    exemptions = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle.read().split("\n"), 1):
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4:
                sys.exit(f"{path}:{number}: expected group, item, kind and reason separated by tabs")
            exemptions[(int(fields[0]), fields[1])] = (fields[2], fields[3])
    return exemptions


def run_gradbook(gradbook, rows):
    """Runs every row as a lesson of its own; returns the JSON cell of each row, in order."""
    with tempfile.TemporaryDirectory() as folder:
        for index, row in enumerate(rows):
            with open(os.path.join(folder, f"{index:03d}.md"), "w", encoding="utf-8") as handle:
                handle.write(f"# {row.lesson_title}\n\n{row.section}\n")
        try:
            done = subprocess.run(
                [gradbook, "check", "--format", "json", folder], capture_output=True, text=True, check=False
            )
        except OSError as error:
            print(f"cannot run {gradbook}: {error} (build it with `swift build --product gradbook`)", file=sys.stderr)
            sys.exit(2)
        if done.returncode not in (0, 1):
            print(done.stderr, file=sys.stderr)
            print(f"{gradbook} check exited with {done.returncode}", file=sys.stderr)
            sys.exit(2)
        report = json.loads(done.stdout)
    cells = {}
    for lesson in report["lessons"]:
        index = int(os.path.basename(lesson["file"])[:3])
        if len(lesson["cells"]) != 1:
            sys.exit(f"row {rows[index].group} {rows[index].item}: expected one cell, found {len(lesson['cells'])}")
        cells[index] = lesson["cells"][0]
    return [cells[index] for index in range(len(rows))]


def reference_items(path):
    """The items of the reference's tables 1-17, by group: each row's first cell, as written."""
    items, group = {}, None
    with open(path, encoding="utf-8") as handle:
        for line in handle.read().split("\n"):
            heading = re.match(r"^## (\d+)\. ", line)
            if line.startswith("## "):
                group = int(heading.group(1)) if heading else None
            elif group and line.startswith("| ") and not line.startswith(("| API ", "|---")):
                items.setdefault(group, []).append(line[2:].split(" | ")[0])
    return items


def compare_with_reference(rows, path):
    """Notes for every difference between the rows' names and the reference's items, group by group."""
    expected = reference_items(path)
    notes = []
    for group in sorted(set(expected) | {r.group for r in rows}):
        have = [r.item for r in rows if r.group == group]
        want = expected.get(group, [])
        if have != want:
            missing = [i for i in want if i not in have]
            extra = [i for i in have if i not in want]
            notes.append(
                f"group {group} differs from the reference ({len(have)} rows, {len(want)} items; "
                f"not in the rows: {missing or 'none'}; not in the reference: {extra or 'none'}; else the order)"
            )
    return notes


def first_line(text):
    return (text or "").strip().split("\n")[0]


def classify(row, cell, exemption):
    actual, expected = cell["actual"] or {}, cell["expected"]
    if exemption and exemption[0] == "left out":
        row.category = "left out"
    elif cell["status"] == "passed":
        row.category = "supported"
    elif actual.get("error") and not expected.get("error"):
        row.category = "missing"
        row.detail = first_line(actual["error"])
    else:
        row.category = "differs"
        row.detail = first_line(actual.get("error")) or "output or warnings differ from PyTorch's"


def table(rows, titles):
    lines = [
        "| group | items | supported | differs | missing | left out |",
        "|---|---:|---:|---:|---:|---:|",
    ]

    def counts(selected):
        return [len(selected)] + [sum(1 for r in selected if r.category == c) for c in CATEGORIES]

    def line(label, selected, bold=False):
        numbers = [str(n) for n in counts(selected)]
        if bold:
            label, numbers = f"**{label}**", [f"**{n}**" for n in numbers]
        lines.append(f"| {label} | " + " | ".join(numbers) + " |")

    for group in sorted(titles):
        if group in COUNTED_GROUPS:
            line(titles[group], [r for r in rows if r.group == group])
    line("total (1–16)", [r for r in rows if r.group in COUNTED_GROUPS], bold=True)
    for group in sorted(titles):
        if group not in COUNTED_GROUPS:
            line(titles[group], [r for r in rows if r.group == group])
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gradbook", default=os.path.join(ROOT, ".build", "debug", "gradbook"))
    parser.add_argument("--rows", default=os.path.join(ROOT, "Tests", "Fixtures", "beginner-api"))
    parser.add_argument(
        "--reference",
        default=os.path.join(ROOT, "..", "shared", "reference", "pytorch-beginner-api.md"),
        help="the checklist the rows follow; when it exists, the rows' groups and names must equal its items",
    )
    args = parser.parse_args()

    rows, titles = read_rows(args.rows)
    exemptions = read_exemptions(os.path.join(args.rows, "not-supported.tsv"))
    notes = []
    for row, cell in zip(rows, run_gradbook(args.gradbook, rows)):
        exemption = exemptions.pop((row.group, row.item), None)
        classify(row, cell, exemption)
        # The list's reason ends with the failure seen when the row was listed; the table shows today's instead.
        row.reason = f"{exemption[0]}: {exemption[1].split('; today: ')[0]}" if exemption else ""
        if exemption and cell["status"] == "passed":
            notes.append(f"{row.group} {row.item}: listed ({exemption[0]}) but matches PyTorch; take it off the list")
        if not exemption and cell["status"] != "passed":
            notes.append(f"{row.group} {row.item}: {row.category} but not listed in not-supported.tsv")
    for (group, item) in exemptions:
        notes.append(f"not-supported.tsv lists {group} {item}, which is no row")
    if os.path.exists(args.reference):
        notes += compare_with_reference(rows, args.reference)
        checked = f"Row names checked against {os.path.normpath(args.reference)}."
    else:
        checked = f"Row names not checked: {os.path.normpath(args.reference)} is not there (give --reference)."

    print("\n".join(table(rows, titles)))
    others = [r for r in rows if r.category != "supported"]
    if others:
        print("\n| group | item | status | why | what Gradbook prints today |\n|---|---|---|---|---|")
        for r in others:
            print(f"| {r.group} | {r.item} | {r.category} | {r.reason or '(not listed)'} | {r.detail} |")
    print(
        "\nNot rows here, as the reference does not count them: NumPy interop (numpy is absent from cells; what Gradbook"
        "\nsays instead is tested by Tests/TorchBindingsTests/NumpyAbsenceTests.swift) and what needs files, a network,"
        "\na GPU or torchvision (the reference's closing lists)."
    )
    print(f"\n{checked}")
    if notes:
        print("\nDisagreements with not-supported.tsv or the reference:")
        for note in notes:
            print(f"- {note}")
        sys.exit(1)


if __name__ == "__main__":
    main()
