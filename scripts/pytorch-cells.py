#!/usr/bin/env python3
"""Run a conformance corpus's cells with real PyTorch and compare them with the recorded text.

The PyTorch side of scripts/compare-pytorch.sh: the same work `gradbook check` does over the corpus,
in one Python process. It loads cases.json, runs each session's cells in order in one fresh
namespace, Jupyter-style (tools/pytorch_expected.py's run_cell: printed output, the last
expression's repr, warnings, the error's last traceback line), and compares each cell's output,
warnings and error with the recorded ones as gradbook does (trailing whitespace ignored, `...`
matches any text, as in the recorded object addresses `0x...`).

Usage: python pytorch-cells.py CORPUS_FOLDER_OR_CASES_JSON
Prints "N passed, M failed" and exits 1 if any cell differs.
"""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from pytorch_expected import matches, run_cell  # noqa: E402


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: pytorch-cells.py CORPUS_FOLDER_OR_CASES_JSON")
    path = sys.argv[1]
    if os.path.isdir(path):
        path = os.path.join(path, "cases.json")
    with open(path, encoding="utf-8") as handle:
        corpus = json.load(handle)
    import torch  # noqa: F401  (as pytorch_expected.py: import-time warnings belong to no cell)

    passed = failed = 0
    for session in corpus["sessions"]:
        namespace = {"__name__": "__main__"}
        for number, cell in enumerate(session["cells"], 1):
            output, warns, error = run_cell(cell["code"], namespace, f"<cell {number}>")
            same = (matches("output", cell["output"], output)
                    and matches("warning", "\n".join(cell["warnings"]), "\n".join(warns))
                    and matches("error", cell["error"] or "", error or ""))
            if same:
                passed += 1
            else:
                failed += 1
                print(f"{session['name']} cell {number}: differs from the recorded text")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
