"""Writes exception_hierarchy.tsv: every built-in exception class of CPython 3.11 and its MRO.

Run with CPython 3.11 from this folder: python3 generate_exception_hierarchy.py
Each line: class name, then the names of its MRO (the class first, `object` last), tab-separated.
"""
import builtins

rows = []
for name in sorted(dir(builtins)):
    value = getattr(builtins, name)
    if isinstance(value, type) and issubclass(value, BaseException):
        rows.append("\t".join([name] + [c.__name__ for c in value.__mro__]))
with open("exception_hierarchy.tsv", "w") as out:
    out.write("\n".join(rows) + "\n")
