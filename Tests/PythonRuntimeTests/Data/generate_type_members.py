"""Writes type_members.json: what CPython 3.11's dir() lists for one value of each built-in type,
and builtin_names.txt: every name of CPython 3.11's builtins namespace, one per line.

Run with CPython 3.11 from this folder: python3 generate_type_members.py
For each sample: a label, the setup and expression a cell evaluates, dir() of the value, and the
AttributeError message for an attribute no type has.
"""
import builtins
import json

SAMPLES = [
    ("str", "", "'abc'"),
    ("list", "", "[1, 2]"),
    ("tuple", "", "(1, 2)"),
    ("dict", "", "{'a': 1}"),
    ("set", "", "{1, 2}"),
    ("int", "", "5"),
    ("bool", "", "True"),
    ("float", "", "1.5"),
    ("range", "", "range(3)"),
    ("slice", "", "slice(1, 2)"),
    ("NoneType", "", "None"),
    ("function", "def f():\n    return 0", "f"),
    ("builtin_function_or_method", "", "len"),
    ("exception", "", "ValueError('x')"),
    ("class int", "", "int"),
    ("class str", "", "str"),
    ("module math", "import math", "math"),
]

rows = []
for label, setup, expression in SAMPLES:
    namespace = {}
    exec(setup, namespace)
    value = eval(expression, namespace)
    try:
        getattr(value, "no_such_attribute")
        missing = None
    except AttributeError as error:
        missing = str(error)
    rows.append({"label": label, "setup": setup, "expression": expression, "dir": dir(value),
                 "missing": missing})
with open("type_members.json", "w") as out:
    json.dump(rows, out, indent=1)
    out.write("\n")
with open("builtin_names.txt", "w") as out:
    out.write("\n".join(dir(builtins)) + "\n")
