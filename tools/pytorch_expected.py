#!/usr/bin/env python3
"""Produce or verify the expected-output fences of Gradbook lessons with real PyTorch.

Developer tool only: no test or CI step uses it (they must not depend on PyTorch).

Usage:
    python3 tools/pytorch_expected.py --check  LESSON.md [LESSON.md ...]   # or folders
    python3 tools/pytorch_expected.py --update LESSON.md [LESSON.md ...]

What it does, per lesson file (each file is one fresh session, like one Jupyter kernel):

* Scans the CommonMark file for fenced blocks (``` or ~~~). A block whose info string starts
  with ``python`` is a cell; ``output``/``warning``/``error`` fences directly after a cell (only blank
  lines between) are its expectations.
* Runs the cells in order in one namespace, as Jupyter would: everything printed is captured; if the
  last statement is an expression whose value is not None, its repr is appended (Out[n]); warnings are
  recorded as ``Category: message`` with Python's default once-per-location filter (fresh for every
  cell), the build-specific `` (Triggered internally at ...)`` tail removed; an uncaught exception
  stops the cell and is recorded as its last traceback line, ``Type: message``.
* A ``graph`` fence after a cell (docs/lesson-format.md, "Graphs") is compared with the autograd graph read off
  PyTorch after the cell by ``tools/torch_graph.py`` (``--update`` rewrites it like an output fence).
* Cells with the ``skip`` attribute are not run. ``python exercise`` blocks (starter code) are not run,
  only syntax-checked; the ``python solution`` that follows runs in their place, then ``python check``.
* ``--check`` compares with the fences (trailing whitespace ignored, ``...`` matches any text,
  ``output approx`` compares numbers with a relative tolerance of 1e-4) and prints a diff per mismatch;
  exit status 1 on any mismatch or lint problem.
* ``--update`` rewrites each cell's expectation fences with what torch produced. An existing fence
  whose text still matches (for instance thanks to ``...``) is kept verbatim; object addresses
  ``0x7f...`` in new text are written as ``0x...``.
* ``--check --starters`` also runs every exercise's starter code in place of its solution and
  requires every case of every ``check`` cell (public and hidden; each top-level assert is a case, as Gradbook
  grades them) to fail then, so that the untouched starter scores 0.
* Both modes report cells whose output contains an object address, cells that produce something but
  have no expectation, and exercise-structure problems (missing solution/check/hint, duplicate ids).
"""

import argparse
import ast
import contextlib
import difflib
import io
import os
import re
import sys
import traceback
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch_graph  # noqa: E402

FENCE_OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
EXPECTATION_KINDS = ("output", "warning", "error")
TRIGGERED_SUFFIX = re.compile(r"\s*\(Triggered internally at [^)]*\)\s*$")
ADDRESS = re.compile(r"0x[0-9a-fA-F]{4,}")
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?(?:inf|nan)")


class Block:
    """One fenced block: its line span (0-based, inclusive), info string and body."""

    def __init__(self, start, end, info, body):
        self.start = start
        self.end = end
        self.info = info.strip()
        words = self.info.split()
        self.kind = words[0] if words else ""
        self.flags = set(w for w in words[1:] if "=" not in w)
        self.attrs = dict(w.split("=", 1) for w in words[1:] if "=" in w)
        self.body = body


def scan_blocks(lines):
    """Return the fenced blocks of a Markdown file (a simple CommonMark fence scanner)."""
    blocks = []
    i = 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m or (m.group(2)[0] == "`" and "`" in m.group(3)):
            i += 1
            continue
        fence = m.group(2)
        start = i
        body = []
        i += 1
        while i < len(lines):
            close = re.match(r"^ {0,3}(" + re.escape(fence[0]) + r"{%d,})\s*$" % len(fence), lines[i])
            if close:
                break
            body.append(lines[i])
            i += 1
        blocks.append(Block(start, min(i, len(lines) - 1), m.group(3), "\n".join(body)))
        i += 1
    return blocks


class Cell:
    """A runnable block with the expectation fences that directly follow it."""

    def __init__(self, block, role):
        self.block = block
        self.role = role  # "cell", "solution", "check", "exercise"
        self.expectations = []
        self.graph = None  # the cell's ``graph`` fence, if any


def group_cells(lines, blocks):
    cells = []
    previous = None
    for block in blocks:
        if block.kind == "graph" and previous is not None and cells:
            gap = lines[previous.end + 1:block.start]
            if all(not line.strip() for line in gap) and (
                    previous is cells[-1].block or previous in cells[-1].expectations):
                cells[-1].graph = block
                previous = block
                continue
        if block.kind in EXPECTATION_KINDS and previous is not None:
            gap = lines[previous.end + 1:block.start]
            if all(not line.strip() for line in gap) and cells and (
                    previous is cells[-1].block or previous in cells[-1].expectations):
                cells[-1].expectations.append(block)
                previous = block
                continue
        if block.kind == "python":
            if "exercise" in block.flags:
                role = "exercise"
            elif "solution" in block.flags:
                role = "solution"
            elif "check" in block.flags:
                role = "check"
            else:
                role = "cell"
            cells.append(Cell(block, role))
        previous = block
    return cells


def run_cell(code, namespace, filename, facts=None):
    """Run code like a Jupyter cell; return (output, warnings, error). ``facts``, a dict, receives the last
    expression's value (``last``) and the names the final statement assigned (``assigned``), as a graph fence
    without ``of=`` draws them."""
    out = io.StringIO()
    recorded = []
    error = None
    if facts is not None:
        facts["last"], facts["assigned"] = torch_graph.MISSING, ()
    with warnings.catch_warnings(record=True) as caught:
        # catch_warnings resets the once-per-location registry: every cell starts fresh.
        with contextlib.redirect_stdout(out):
            try:
                tree = ast.parse(code, filename, "exec")
                last = None
                if tree.body and isinstance(tree.body[-1], ast.Expr):
                    last = ast.Expression(tree.body.pop().value)
                elif tree.body and facts is not None:
                    facts["assigned"] = torch_graph.assigned_names(tree.body[-1])
                exec(compile(tree, filename, "exec"), namespace)
                if last is not None:
                    value = eval(compile(last, filename, "eval"), namespace)
                    if facts is not None:
                        facts["last"] = value
                    if value is not None:
                        print(repr(value))
            except Exception as exc:  # the learner-visible last traceback line
                error = traceback.format_exception_only(type(exc), exc)[-1].strip()
        for w in caught:
            text = TRIGGERED_SUFFIX.sub("", str(w.message))
            recorded.append(f"{w.category.__name__}: {text}")
    return out.getvalue(), recorded, error


def check_graph(fence, namespace, facts):
    """(actual text or None, problem) for a ``graph`` fence after its cell ran in ``namespace``: problem is None when
    the fence matches, else a diff, or ``cannot draw: reason`` (then actual is None)."""
    try:
        roots, saved, grads = torch_graph.parse_attributes(fence.info.split()[1:])
        actual = torch_graph.graph_text(namespace, roots, saved, grads, facts["last"], facts["assigned"])
    except torch_graph.GraphRequestError as exc:
        return None, f"cannot draw: {exc}"
    if matches("graph", fence.body, actual):
        return actual, None
    diff = difflib.unified_diff(normalise(fence.body).split("\n"), normalise(actual).split("\n"),
                                "expected graph", "pytorch graph", lineterm="")
    return actual, "\n".join(diff)


def normalise(text):
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def wildcard_match(expected, actual):
    pattern = ".*?".join(re.escape(part) for part in expected.split("..."))
    return re.fullmatch(pattern, actual, re.DOTALL) is not None


def approx_match(expected, actual, rel=1e-4, absolute=1e-6):
    exp_parts = NUMBER.split(expected)
    act_parts = NUMBER.split(actual)
    exp_nums = NUMBER.findall(expected)
    act_nums = NUMBER.findall(actual)
    if len(exp_nums) != len(act_nums) or exp_parts != act_parts:
        return False
    for e, a in zip(exp_nums, act_nums):
        fe, fa = float(e), float(a)
        if fe != fe and fa != fa:
            continue
        if abs(fe - fa) > max(absolute, rel * max(abs(fe), abs(fa))):
            return False
    return True


def matches(kind_info, expected, actual):
    expected = normalise(expected)
    actual = normalise(actual)
    if "approx" in kind_info.split()[1:]:
        return approx_match(expected, actual)
    return wildcard_match(expected, actual)


def outcome_fences(output, warns, error):
    """The (kind, text) pairs a cell's result needs, in fence order."""
    fences = []
    if normalise(output):
        fences.append(("output", normalise(output)))
    if warns:
        fences.append(("warning", "\n".join(warns)))
    if error:
        fences.append(("error", error))
    return fences


def lint_exercises(cells):
    problems = []
    seen = set()
    for index, cell in enumerate(cells):
        if cell.role != "exercise":
            continue
        name = cell.block.attrs.get("id")
        line = cell.block.start + 1
        if not name:
            problems.append(f"line {line}: exercise without id=")
        elif name in seen:
            problems.append(f"line {line}: duplicate exercise id {name}")
        seen.add(name)
        if "points" not in cell.block.attrs:
            problems.append(f"line {line}: exercise {name} without points=")
        following = [c.role for c in cells[index + 1:index + 3]]
        if following[:1] != ["solution"]:
            problems.append(f"line {line}: exercise {name} not followed by a solution")
        if following[1:2] != ["check"]:
            problems.append(f"line {line}: exercise {name} has no check after its solution")
        checks = []
        for later in cells[index + 1:]:
            if later.role == "exercise":
                break
            if later.role == "check":
                checks.append(later)
        if not any("hidden" in check.block.flags for check in checks):
            problems.append(f"line {line}: exercise {name} has no hidden check")
        try:
            ast.parse(cell.block.body)
        except SyntaxError as exc:
            problems.append(f"line {line}: starter code of {name} is not valid Python: {exc}")
    return problems


def lint_hints(lines, blocks):
    problems = []
    for index, block in enumerate(blocks):
        if block.kind == "python" and "check" in block.flags:
            nxt = blocks[index + 1] if index + 1 < len(blocks) else None
            while nxt is not None and nxt.kind in EXPECTATION_KINDS:
                index += 1
                nxt = blocks[index + 1] if index + 1 < len(blocks) else None
            if nxt is not None and nxt.kind == "python" and "check" in nxt.flags:
                continue  # the exercise's last check is followed by its hints
            if nxt is None or nxt.kind != "hint":
                problems.append(f"line {block.start + 1}: check block not followed by a hint fence")
    return problems


def process(path, mode):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    blocks = scan_blocks(lines)
    cells = group_cells(lines, blocks)
    problems = lint_exercises(cells) + lint_hints(lines, blocks)
    namespace = {"__name__": "__main__"}
    edits = []  # (first line to replace, last line to replace, new lines)
    mismatches = 0
    for number, cell in enumerate(cells, 1):
        block = cell.block
        where = f"{path}:{block.start + 1}"
        if cell.role == "exercise" or "skip" in block.flags:
            continue
        facts = {}
        output, warns, error = run_cell(block.body, namespace, f"<cell {number}>", facts)
        if cell.graph is not None:
            actual, problem = check_graph(cell.graph, namespace, facts)
            if problem is not None:
                mismatches += 1
                if mode == "check":
                    print(f"{where}: graph mismatch\n{problem}\n")
                elif actual is None:
                    print(f"{where}: cannot update this graph fence: {problem}")
                else:
                    edits.append((cell.graph.start + 1, cell.graph.end - 1, normalise(actual).split("\n")))
        wanted = outcome_fences(output, warns, error)
        raw_address = any(ADDRESS.search(text) for _, text in wanted)
        written_address = any(ADDRESS.search(fence.body) for fence in cell.expectations)
        if written_address or (raw_address and not cell.expectations):
            action = "written as 0x..." if mode == "update" else "write it as 0x..."
            print(f"{where}: output contains an object address ({action})")
        if not wanted and not cell.expectations:
            continue
        if wanted and not cell.expectations and mode == "check":
            problems.append(f"line {block.start + 1}: cell produces output but has no expectation fence")
        existing = {}
        for fence in cell.expectations:
            existing.setdefault(fence.kind, fence)
        cell_ok = True
        report = []
        wanted_kinds = dict(wanted)
        for kind in EXPECTATION_KINDS:
            fence = existing.get(kind)
            actual = wanted_kinds.get(kind, "")
            if fence is None and not actual:
                continue
            expected = fence.body if fence is not None else ""
            info = fence.info if fence is not None else kind
            if not matches(info, expected, actual):
                cell_ok = False
                diff = difflib.unified_diff(normalise(expected).split("\n"), normalise(actual).split("\n"),
                                            f"expected {kind}", f"pytorch {kind}", lineterm="")
                report.append("\n".join(diff))
        if len(cell.expectations) != len(existing):
            problems.append(f"line {block.start + 1}: repeated expectation fence kind")
        if cell_ok:
            continue
        mismatches += 1
        if mode == "check":
            print(f"{where}: mismatch\n" + "\n".join(report) + "\n")
            continue
        new_lines = []
        for kind, text in wanted:
            fence = existing.get(kind)
            if fence is not None and matches(fence.info, fence.body, text):
                body = fence.body
            else:
                body = ADDRESS.sub("0x...", text)
            info = fence.info if fence is not None else kind
            new_lines += ["", "```" + info] + body.split("\n") + ["```"]
        if cell.expectations:
            edits.append((block.end + 1, cell.expectations[-1].end, new_lines))
        else:
            edits.append((block.end + 1, block.end, new_lines))
    if mode == "update" and edits:
        for first, last, new_lines in sorted(edits, reverse=True):
            lines[first:last + 1] = new_lines
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines))
        print(f"{path}: updated {len(edits)} cell(s)")
    for problem in problems:
        print(f"{path}: {problem}")
    ran = sum(1 for c in cells if c.role != "exercise" and "skip" not in c.block.flags)
    status = "ok" if (mismatches == 0 or mode == "update") and not problems else "FAILED"
    print(f"{path}: {ran} cells run, {mismatches} mismatch(es), {len(problems)} problem(s): {status}")
    return status == "ok"


def run_cases(code, namespace, filename):
    """Run a check cell as Gradbook grades it: each top-level assert is a case, run after the statements before it.

    Returns one status per case: "pass", "fail" (the assert was false) or "error" (anything else raised, or a
    statement before the assert did, which makes every later case an error too)."""
    try:
        tree = ast.parse(code, filename, "exec")
    except SyntaxError:
        return ["error"]
    asserts = [index for index, node in enumerate(tree.body) if isinstance(node, ast.Assert)]
    if not asserts:
        _, _, error = run_cell(code, namespace, filename)
        return ["pass" if error is None else "fail" if error.startswith("AssertionError") else "error"]
    statuses = []
    start = 0
    broken = False
    for number, index in enumerate(asserts):
        end = len(tree.body) if number == len(asserts) - 1 else index + 1
        if broken:
            statuses.append("error")
            continue
        prelude = ast.Module(body=tree.body[start:index], type_ignores=[])
        try:
            exec(compile(prelude, filename, "exec"), namespace)
        except Exception:
            statuses.append("error")
            broken = True
            continue
        status = "pass"
        try:
            exec(compile(ast.Module(body=[tree.body[index]], type_ignores=[]), filename, "exec"), namespace)
        except AssertionError:
            status = "fail"
        except Exception:
            status = "error"
        if end > index + 1:
            try:
                exec(compile(ast.Module(body=tree.body[index + 1:end], type_ignores=[]), filename, "exec"), namespace)
            except Exception:
                status = "error" if status == "pass" else status
        statuses.append(status)
        start = index + 1
    return statuses


def starter_problems(path):
    """Run the lesson with each exercise's starter code in place of its solution: every case of every check (public
    and hidden) must then fail, so that the untouched starter scores 0."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    cells = group_cells(lines, scan_blocks(lines))
    namespace = {"__name__": "__main__"}
    problems = []
    starter = None
    starter_failed = False
    for number, cell in enumerate(cells, 1):
        if "skip" in cell.block.flags or cell.role == "solution":
            continue
        code = cell.block.body
        if cell.role == "exercise":
            starter = cell
            _, _, error = run_cell(code, namespace, f"<cell {number}>")
            # Gradbook does not run the checks of an exercise whose code raised: every case is an error.
            starter_failed = error is not None
            continue
        if cell.role == "check" and starter is not None:
            if starter_failed:
                continue
            name = starter.block.attrs.get("id", "?")
            for case, status in enumerate(run_cases(code, namespace, f"<cell {number}>"), 1):
                if status == "pass":
                    problems.append(f"line {cell.block.start + 1}: case {case} of a check of exercise {name} "
                                    f"passes with the unmodified starter code")
            continue
        run_cell(code, namespace, f"<cell {number}>")
    return problems


def lesson_paths(arguments):
    for argument in arguments:
        if os.path.isdir(argument):
            for name in sorted(os.listdir(argument)):
                if name.endswith(".md"):
                    yield os.path.join(argument, name)
        else:
            yield argument


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="verify the fences, exit 1 on any mismatch")
    mode.add_argument("--update", action="store_true", help="rewrite the fences with what torch printed")
    parser.add_argument("--starters", action="store_true",
                        help="with --check: also make sure every check case rejects its exercise's starter code")
    parser.add_argument("paths", nargs="+", help="lesson files or folders of lessons")
    args = parser.parse_args()
    import torch  # noqa: F401  (imported once here so its import-time warnings are not attributed to a cell)
    all_ok = True
    for path in lesson_paths(args.paths):
        all_ok = process(path, "check" if args.check else "update") and all_ok
        if args.check and args.starters:
            problems = starter_problems(path)
            for problem in problems:
                print(f"{path}: {problem}")
            print(f"{path}: starter code rejected by every check case: {'no' if problems else 'yes'}")
            all_ok = all_ok and not problems
    sys.exit(0 if all_ok else 1)


if __name__ == "__main__":
    main()
