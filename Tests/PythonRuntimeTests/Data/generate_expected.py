"""Regenerates programs/*.out from programs/*.py with CPython 3.11 (run by hand; tests never run Python).

Each program runs as one Gradbook cell would: statements in order, then the repr of a final
expression statement if it is not None (as Jupyter shows Out[n]). An error ends the output with
a line `!! TypeName: message`, Python's last traceback line. Programs starting with
`# gradbook-only: reason` document deliberate differences; their .out files are hand-written.
"""
import ast
import contextlib
import io
import pathlib
import sys


def run(source):
    out = io.StringIO()
    namespace = {"__name__": "__main__"}
    with contextlib.redirect_stdout(out):
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
        except SyntaxError as error:
            print(f"!! {type(error).__name__}: {error.msg}")
        except BaseException as error:
            message = str(error)
            print(f"!! {type(error).__name__}" + (f": {message}" if message else ""))
    return out.getvalue()


if __name__ == "__main__":
    assert sys.version_info[:2] == (3, 11), "expected outputs come from CPython 3.11"
    folder = pathlib.Path(__file__).parent / "programs"
    for path in sorted(folder.glob("*.py")):
        source = path.read_text()
        if source.startswith("# gradbook-only"):
            continue  # Deliberate differences from CPython; their .out files are written by hand.
        path.with_suffix(".out").write_text(run(source))
