#!/usr/bin/env python3
"""Check that two editions of the course (e.g. lessons/en and lessons/ko) run the same cells.

Developer tool only (not used by tests or CI).

Usage:
    python3 tools/compare_editions.py lessons/en lessons/ko

For every lesson file name present in either folder it requires, in the other folder, a file of the
same name whose fenced blocks have the same kinds in the same order, and:

* ordinary cells, ``solution`` cells and all ``output``/``warning``/``error`` fences: identical text;
* ``exercise`` (starter) and ``check`` cells: identical code once comments and string literals are
  removed, so only learner-facing messages (assert texts, TODO comments) may be translated;
* ``hint`` fences: the same number (their text is prose and is translated).

Exit status 1 on any difference.
"""

import io
import os
import sys
import tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pytorch_expected import scan_blocks  # noqa: E402


def code_skeleton(code):
    """The token stream of code without comments and with every string literal blanked."""
    tokens = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
                              tokenize.DEDENT, tokenize.ENDMARKER):
                continue
            if token.type == tokenize.STRING or token.type >= getattr(tokenize, "FSTRING_START", 10**6):
                tokens.append("<str>")
                continue
            tokens.append(token.string)
    except (tokenize.TokenError, IndentationError) as exc:
        return [f"<untokenizable: {exc}>"]
    return tokens


def block_signature(block):
    if block.kind == "python" and ({"exercise", "check"} & block.flags):
        return (block.info, tuple(code_skeleton(block.body)))
    if block.kind == "hint":
        return ("hint",)
    return (block.info, block.body)


def compare(path_a, path_b):
    with open(path_a, encoding="utf-8") as handle:
        blocks_a = scan_blocks(handle.read().split("\n"))
    with open(path_b, encoding="utf-8") as handle:
        blocks_b = scan_blocks(handle.read().split("\n"))
    problems = []
    if len(blocks_a) != len(blocks_b):
        problems.append(f"{len(blocks_a)} fenced blocks vs {len(blocks_b)}")
    for a, b in zip(blocks_a, blocks_b):
        if block_signature(a) != block_signature(b):
            problems.append(f"block at line {a.start + 1} ({a.info}) differs from line {b.start + 1} ({b.info})")
            break
    return problems


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    folder_a, folder_b = sys.argv[1:]
    names = sorted(set(n for n in os.listdir(folder_a) if n.endswith(".md"))
                   | set(n for n in os.listdir(folder_b) if n.endswith(".md")))
    failed = False
    for name in names:
        path_a, path_b = os.path.join(folder_a, name), os.path.join(folder_b, name)
        if not (os.path.exists(path_a) and os.path.exists(path_b)):
            print(f"{name}: missing in one edition")
            failed = True
            continue
        problems = compare(path_a, path_b)
        print(f"{name}: " + ("same cells" if not problems else "; ".join(problems)))
        failed = failed or bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
