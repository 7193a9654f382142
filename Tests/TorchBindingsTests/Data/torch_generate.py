"""Regenerates torch_programs/*.out from torch_programs/*.py with real PyTorch (run by hand; tests never run Python).

A program is one or more cells separated by `# %%` lines, run in order in one namespace, as Gradbook
runs the cells of one session. Each cell's record is what it printed, then the repr of its final
expression statement if not None, then one `~~ Category: message` line per warning (without
PyTorch's build-specific `(Triggered internally at ...)` tail), then `!! TypeName: message` if an
error ended it. Cell records are joined by `# %%` lines; `0x...` addresses are normalised.
Warnings are caught with the "always" filter, unless the program's first line is `# warnings: default`:
then Python's default filters hold for the whole program, as in a notebook.
"""
import ast
import contextlib
import io
import pathlib
import re
import sys
import warnings

import torch


def normalise(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


def run_cell(source, namespace, shown=None):
    out = io.StringIO()
    recording = warnings.catch_warnings(record=True) if shown is None else contextlib.nullcontext(shown)
    with recording as caught, contextlib.redirect_stdout(out):
        if shown is None:
            warnings.simplefilter("always")
        error = None
        try:
            tree = ast.parse(source)
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr):
                last = tree.body.pop()
            exec(compile(tree, "<cell>", "exec"), namespace)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)
                if value is not None:
                    print(repr(value))
        except BaseException as exc:
            message = str(exc)
            error = f"!! {type(exc).__name__}" + (f": {message}" if message else "")
    record = out.getvalue()
    seen = []
    if shown is not None:
        caught = list(shown)
        shown.clear()
    for warning in caught:
        text = str(warning.message)
        text = re.sub(r" \(Triggered internally at [^)]*\)\.?$", "", text)
        line = f"~~ {warning.category.__name__}: {text}"
        if line not in seen:
            seen.append(line)
    for line in seen:
        record += line + "\n"
    if error is not None:
        record += error + "\n"
    return normalise(record)


def run(program):
    namespace = {"__name__": "__main__"}
    cells = re.split(r"^# %%\n", program, flags=re.M)
    if program.startswith(DEFAULT_WARNINGS):
        return run_with_default_warnings(cells, namespace)
    records = []
    for cell in cells:
        torch.set_grad_enabled(torch.is_grad_enabled())
        records.append(run_cell(cell, namespace))
    return "# %%\n".join(records)


# A program whose first line is this runs under Python's default warning filters for all its cells, as a
# notebook does: a warning raised from inside torch's own Python code is shown once per program.
DEFAULT_WARNINGS = "# warnings: default\n"


def run_with_default_warnings(cells, namespace):
    shown = []
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = lambda message, category, *rest, **kw: shown.append(
            warnings.WarningMessage(message, category, *rest, **kw))
        records = []
        for cell in cells:
            records.append(run_cell(cell, namespace, shown))
    return "# %%\n".join(records)


if __name__ == "__main__":
    assert torch.__version__.startswith("2.15"), "expected outputs come from PyTorch 2.15"
    folder = pathlib.Path(__file__).parent / "torch_programs"
    for path in sorted(folder.glob("*.py")):
        # Each program starts like a fresh Gradbook session: grad mode on, default seed.
        torch.set_grad_enabled(True)
        torch.manual_seed(67280421310721)
        path.with_suffix(".out").write_text(run(path.read_text()))
        print("wrote", path.with_suffix(".out").name)
