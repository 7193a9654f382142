"""Writes programs/4xx_random_*.py: random expressions over numbers, strings and containers,
each printed inside try/except so every line is checked. Run by hand, then generate_expected.py.
Expressions whose value (or any int inside it) leaves 64 bits are skipped: Gradbook's ints are 64-bit.
"""
import pathlib
import random

random.seed(7)
folder = pathlib.Path(__file__).parent / "programs"

ints = ["0", "1", "2", "3", "7", "-1", "-4", "10", "255", "12345"]
floats = ["0.5", "-1.25", "1e-3", "3.0", "2.5", "1e20", "0.1", "-0.0", "1/3", "float('inf')", "7.75"]
strings = ["'ab'", "'Hello'", "''", "'x y z'", "'3'"]
specs = ["", ".2f", ">8", "<6", "^9.3g", "+.1e", ",", "08.3f", ".0%", "x", "_d", "g", ".3", "e", "d"]


def atom(depth):
    r = random.random()
    if r < 0.35:
        return random.choice(ints)
    if r < 0.65:
        return random.choice(floats)
    if r < 0.72:
        return random.choice(["True", "False"])
    if depth > 2:
        return random.choice(ints)
    return "(" + expr(depth + 1) + ")"


def expr(depth=0):
    r = random.random()
    if depth > 3 or r < 0.25:
        return atom(depth)
    if r < 0.6:
        op = random.choice(["+", "-", "*", "/", "//", "%", "**", "+", "*"])
        right = atom(depth + 1)
        if op == "**":
            right = random.choice(["0", "1", "2", "3", "-1", "0.5", "-2"])
        return f"{atom(depth + 1)} {op} {right}"
    if r < 0.72:
        op = random.choice(["<", "<=", "==", "!=", ">", ">="])
        return f"{atom(depth + 1)} {op} {atom(depth + 1)}"
    if r < 0.8:
        fn = random.choice(["abs", "round", "int", "float", "str", "bool", "repr"])
        if fn == "round" and random.random() < 0.5:
            return f"round({expr(depth + 1)}, {random.choice(['0', '1', '2', '-1', '3'])})"
        return f"{fn}({expr(depth + 1)})"
    if r < 0.86:
        fn = random.choice(["min", "max", "divmod", "pow"])
        return f"{fn}({atom(depth + 1)}, {atom(depth + 1)})"
    if r < 0.93:
        return f"format({atom(depth + 1)}, '{random.choice(specs)}')"
    if r < 0.97:
        s = random.choice(strings)
        return random.choice([f"{s} * {random.choice(['0', '2', '3'])}", f"{s} + {random.choice(strings)}",
                              f"len({s})", f"{s}.upper()", f"{s}[::-1]", f"{s} < {random.choice(strings)}"])
    return random.choice([f"[{atom(depth + 1)}, {atom(depth + 1)}]", f"({atom(depth + 1)},)",
                          f"{{{atom(depth + 1)}: 1}}", f"sorted([{atom(1)}, {atom(1)}, {atom(1)}])"])


def fits(value):
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -(2 ** 63) <= value < 2 ** 63
    if isinstance(value, (list, tuple)):
        return all(fits(v) for v in value)
    if isinstance(value, dict):
        return all(fits(k) and fits(v) for k, v in value.items())
    if isinstance(value, complex):
        return False
    return True


words = ["'banana'", "'a,b,,c'", "'  padded  '", "'MiXeD Case'", "'x'", "''", "'héllo wörld'", "'1_000'", "'3.5e2'"]
lists = ["[3, 1, 2]", "[]", "[1.5, -2, 0]", "['b', 'a']", "[[1, 2], [0]]", "list(range(5))", "(4, 5, 6)"]


def text_expr():
    w = random.choice(words)
    l = random.choice(lists)
    choices = [
        f"{w}.split({random.choice(['', repr(','), repr('a'), 'None, 1'])})",
        f"{w}.strip({random.choice(['', repr(' a'), repr('x')])})",
        f"{w}.replace({random.choice([repr('a'), repr(''), repr(' ')])}, {random.choice([repr('_'), repr('')])})",
        f"{w}.{random.choice(['upper', 'lower', 'title', 'capitalize', 'swapcase', 'isdigit', 'isalpha', 'isspace', 'isupper'])}()",
        f"{w}.{random.choice(['find', 'rfind', 'count', 'startswith', 'endswith'])}({random.choice([repr('a'), repr(''), repr('an'), repr(' ')])})",
        f"{w}.{random.choice(['center', 'ljust', 'rjust', 'zfill'])}({random.choice(['0', '5', '12', '-3'])})",
        f"{w}[{random.choice(['1:', '::2', '-3:', ':-1', '5', '-1', '1:4:2', '::-1'])}]",
        f"'{{:{random.choice(specs)}}}'.format({random.choice(words + ints + floats)})",
        f"f'{{{random.choice(ints + floats)}:{random.choice(specs)}}}'",
        f"'%{random.choice(['d', 's', 'r', '.2f', '5.1f', '-6s', '03d', 'x', 'e', 'g'])}' % {random.choice(ints + floats + words)}",
        f"sorted({l})", f"{l}[{random.choice(['0', '-1', '1:', '::-1', '5'])}]", f"len({l})", f"sum({l})", f"max({l})",
        f"{l} + {random.choice(lists)}", f"{l} * {random.choice(['0', '2'])}", f"{random.choice(ints)} in {l}",
        f"list(enumerate({l}))", f"list(zip({l}, {w}))", f"tuple(reversed({l}))", f"{l} == {random.choice(lists)}",
        f"{l} < {random.choice(lists)}", f"sorted({w})", f"set({random.choice(lists[:3] + lists[5:])})",
        f"int({w})", f"float({w})", f"dict(zip({w}, {l}))", f"','.join({random.choice([w, 'map(str, ' + l + ')'])})",
    ]
    return random.choice(choices)


for old in folder.glob("4*_random_*"):
    old.unlink()
for number in range(32):
    generate = expr if number < 20 else text_expr
    lines = []
    while len(lines) < 25:
        text = generate()
        try:
            value = eval(text)
        except OverflowError:
            continue
        except Exception:
            pass
        else:
            if not fits(value) or (isinstance(value, str) and len(value) > 200):
                continue
        lines.append(text)
    body = "".join(
        f"try:\n    print({line})\nexcept Exception as error:\n    print(type(error).__name__, error)\n" for line in lines)
    kind = "expressions" if number < 20 else "text_and_containers"
    (folder / f"4{number:02d}_random_{kind}.py").write_text(body)
