#!/usr/bin/env python3
"""Write learners' submissions made from a released course, for benchmarks and trials (not used by tests).

Usage: scripts/make-submissions.py SOURCE RELEASED OUT COUNT
Writes OUT/learner-001 … OUT/learner-COUNT: copies of the released lessons; every other one (the odd numbers) with
each exercise fence's body replaced by the source's solution, the rest with the starter code as released.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from pytorch_expected import scan_blocks  # noqa: E402


def solutions(source):
    """Each exercise id's solution code, from the source lessons."""
    found = {}
    for name in sorted(os.listdir(source)):
        if not name.endswith(".md"):
            continue
        with open(os.path.join(source, name), encoding="utf-8") as handle:
            blocks = scan_blocks(handle.read().split("\n"))
        current = None
        for block in blocks:
            if block.kind == "python" and "exercise" in block.flags:
                current = block.attrs.get("id")
            elif block.kind == "python" and "solution" in block.flags and current:
                found[current] = block.body
    return found


def solved(text, answers):
    """The released lesson `text` with each exercise's body replaced by its solution."""
    lines = text.split("\n")
    for block in reversed(scan_blocks(lines)):
        if block.kind == "python" and "exercise" in block.flags and block.attrs.get("id") in answers:
            lines[block.start + 1:block.end] = answers[block.attrs["id"]].split("\n")
    return "\n".join(lines)


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    source, released, out, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    answers = solutions(source)
    lessons = {}
    for name in sorted(os.listdir(released)):
        if name.endswith(".md"):
            with open(os.path.join(released, name), encoding="utf-8") as handle:
                lessons[name] = handle.read()
    for number in range(1, count + 1):
        folder = os.path.join(out, f"learner-{number:03d}")
        os.makedirs(folder, exist_ok=True)
        for name, text in lessons.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
                handle.write(solved(text, answers) if number % 2 == 1 else text)


if __name__ == "__main__":
    main()
