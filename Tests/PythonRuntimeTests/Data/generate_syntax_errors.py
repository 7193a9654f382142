"""Regenerates syntax_errors.tsv with CPython 3.11 (run by hand; tests never run Python).

Malformed displays (tuples, lists, sets, dicts, comprehensions) and decorators: the SyntaxError
message, line and column CPython reports. Columns: source (newlines written as \\n), message, line,
column; `ok` in the message column when CPython compiles the source.
"""
sources = [
    "{1, 2 3}", "{1 2}", "[1, 2 3]", "(1, 2 3)", "{1: 2 3: 4}", "{1, 2", "[x for x in y", "(x for x in y",
    "{x for x in y", "{x: 1 for x in y", "{1: 2, 3 4}", "(1 2)", "[1 2]", "(1, 2", "[1, 2", "(*a)", "(*a, b)",
    "[*a, b]", "{*a, b}", "{**a, 'b': 1}", "{**a 'b': 1}", "()", "[]", "{}", "(1,)", "[1,]", "{1,}",
    "{1: 2,}", "(x for x in y)", "[x for x in y if x]", "{x for x in y}", "{x: y for x, y in z}",
    "(1, 2,)", "[1, 2,]", "{1, 2,}", "(,)", "[,]", "{,}", "(1,,)", "[1,,]", "{1:}", "{:1}", "{1:2 for}",
    "@\ndef f(): pass", "@x y\ndef f(): pass", "@x\n@y\ndef f(): pass", "@x\nx = 1",
    "@x\n\ndef f(): pass", "@x()\n@y.z[0](1, k=2)\ndef f(): pass", "@x\nclass A: pass",
    "@x\nasync def f(): pass", "@lambda f: f\ndef g(): pass", "@x if y else z\ndef f(): pass",
    "{1: 2, 3}", "{1: 2, 3,}", "{1: 2, **a 3}", "{**a, 1: 2 3: 4}", "{1: 2, x + 1 4}", "{1: 2, 3 4: 5}",
    "{1: 2, 3:}", "{1:, 2: 3}", "{1: 2, f(x) y}", "{'a' 1}", "x = 1\n  y = 2", "if x:\n    y\n      z",
    "  x", "def f():\n    @x\n    def g(): pass\n    return g", "@x\n  def f(): pass",
    # Generators and classes.
    "yield 1", "x = yield", "def f():\n    return (yield)", "class A:\n    yield 1", "[(yield) for x in y]",
    "def f():\n    [(yield x) for x in y]", "def f():\n    {(yield x): 1 for x in y}",
    "def f():\n    ((yield) for x in y)", "def f():\n    x = yield from", "def f():\n    yield from",
    "yield from g()", "def f():\n    y = 1 + yield 2", "def f():\n    print(yield)", "def f():\n    f((yield))",
    "def f():\n    x = yield 1, 2", "def f():\n    return 1\n    yield", "lambda: (yield)",
    "def f():\n    (x for x in (yield))", "def f():\n    yield x = 1", "def f():\n    x += yield",
    "class A(x y): pass", "yield 1\n1 +", "class A\n    pass", "class 1: pass", "class A(B, metaclass=M): pass", "class A(): pass",
    "class A:\n    return 1", "class A: x = 1; y = 2", "class A(B,): pass", "class A(*b): pass", "class A:\npass",
    "for x in y:\n    class A:\n        break", "def f():\n    class A:\n        return 1",
    "@d\n@e(1)\nclass A: pass",
    # Future imports.
    "from __future__ import nope", "from __future__ import annotations, nope",
    "x = 1\nfrom __future__ import annotations", "'''doc'''\nfrom __future__ import annotations",
    "'''doc'''\n'''two'''\nfrom __future__ import annotations",
    "# c\n\nfrom __future__ import division\nfrom __future__ import print_function", "from __future__ import braces",
    "from __future__ import *", "from __future__ import (annotations,\n   division)", "import __future__",
    "from __future__ import annotations as a", "if x:\n    from __future__ import division",
    "def f():\n    from __future__ import division", "class A:\n    from __future__ import division",
    "try:\n    pass\nfinally:\n    from __future__ import division",
    "from __future__ import nested_scopes, generators, with_statement, unicode_literals, generator_stop",
    "x = 1; from __future__ import division", "from __future__ import division; x = 1",
    "from __future__ import division\nimport math\nfrom __future__ import annotations",
    "from __future__ import nope\nx = (", "from __future__ import annotations\nfrom __future__ import nope",
    "'doc'; from __future__ import division", "f'doc'\nfrom __future__ import division",
    "(1)\nfrom __future__ import division", "if x:\n    from __future__ import division\nfrom __future__ import nope",
    "yield 1\nfrom __future__ import nope", "from __future__ import division\nyield 1\nfrom __future__ import annotations",
]

with open("syntax_errors.tsv", "w") as out:
    for source in sources:
        try:
            compile(source, "<cell>", "exec")
            row = ("ok", "", "")
        except SyntaxError as error:
            row = (f"{type(error).__name__}: {error.msg}", str(error.lineno), str(error.offset))
        out.write("\t".join((source.replace("\n", "\\n"),) + row) + "\n")
