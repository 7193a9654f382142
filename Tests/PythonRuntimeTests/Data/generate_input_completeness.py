"""Regenerates input_completeness.tsv with CPython 3.11 (run by hand; tests never run Python).

What CPython's interactive console does with the lines typed so far: codeop.compile_command in 'single'
mode returns None when it needs another line (`incomplete`), a code object when the input can run
(`complete`), or raises SyntaxError (`invalid`). The source is the typed lines joined with "\\n", so a
blank line typed last ends the text with "\\n". Columns: source (newlines written as \\n, backslashes
as \\\\), verdict.
"""
import codeop

sources = [
    "", "x = 1", "x", "torch.ones(2)", "# only a comment", "x = 1  # note",
    # Open brackets: the console reads on, through blank lines too.
    "x = (1,", "x = (1,\n 2)", "f(", "f(\n", "f(\n\n", "x = [\n\n", "d = {'a':", "d = {'a':\n 1}",
    "x = ((1, 2),\n (3,", "x = ((1, 2),\n (3, 4))",
    # Strings: a triple-quoted one may span lines, a plain one may not.
    's = """abc', 's = """abc\n', 's = """abc\n"""', "s = '''a\n\nb'''", "s = 'abc",
    # Backslash continuation, and a backslash that a comment or a string holds.
    "x = 1 + \\", "x = 1 + \\\n 2", "x = 1 # c \\", "s = 'a\\\\'",
    # Compound statements end only at a blank line, even on one line.
    "if True: pass", "if True: pass\n", "if True:", "if True:\n    x = 1", "if True:\n    x = 1\n",
    "if True:\n    x = 1\nelse:", "if True:\n    x = 1\nelse:\n    x = 2", "if True:\n    x = 1\nelse:\n    x = 2\n",
    "for i in range(3):", "for i in range(3):\n    print(i)", "for i in range(3):\n    print(i)\n",
    "while x:\n    x -= 1\n", "def f():", "def f():\n    return 1", "def f():\n    return 1\n",
    "def f(a,", "def f(a,\n      b):\n    return a\n", "class A:\n    pass\n", "with torch.no_grad():",
    "with torch.no_grad():\n    w -= 1\n", "try:\n    x\nexcept NameError:\n    pass\n", "try:", "try:\n    x\n",
    "if x:\n    if y:\n        z", "if x:\n    if y:\n        z\n", "if x:\n\n", "@dec", "@dec\ndef f(): pass",
    "@dec\ndef f(): pass\n",
    # Errors that no further line can cure.
    "x = )", "  x = 1", "if x:\nelse:", "x = = 1", "if True:\n    x = 1\n  y = 2", "def f()", "return",
    "x = 1 +", "for x in:",
]

with open("input_completeness.tsv", "w") as out:
    for source in sources:
        try:
            verdict = "incomplete" if codeop.compile_command(source, "<input>", "single") is None else "complete"
        except SyntaxError:
            verdict = "invalid"
        escaped = source.replace("\\", "\\\\").replace("\n", "\\n")
        out.write(f"{escaped}\t{verdict}\n")
