# Methods reached through their type's table: windows, keepends, in-place set algebra, unbound calls.
s = "abcabc"
print(s.find("b", 2), s.rfind("b", 0, 4), s.index("c", -2), s.count("bc", 1, -1), s.count("", 4))
print(s.find("", 7), s.find("", 6), s.startswith("c", 2), s.endswith(("x", "c"), 0, 3), s.startswith("", 7))
print("a\nb\r\nc\n".splitlines(), "a\nb\r\nc\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("x\x0by\x0cz\u2028w".splitlines())
t = {1, 2, 3}
t.difference_update([1], [5])
print(sorted(t))
t.symmetric_difference_update([3, 4])
print(sorted(t))
t.intersection_update([4, 9])
print(t, "é".isascii(), "ok".isascii())
print(str.upper("ab"), list.count([1, 1], 1), int.bit_length(255), (255).bit_count(), True.bit_length())
print(range(1, 10, 2).index(5), range(3).count(2), hasattr(range(3), "start"), hasattr(str, "upper"))
print(sorted(n for n in dir([]) if not n.startswith("_")))
print([n for n in dir(3) if not n.startswith("_") and n not in ("from_bytes", "to_bytes")])
try:
    range(3).index(7)
except ValueError as error:
    print(error)
try:
    "abc".title(1)
except TypeError as error:
    print(error)
try:
    "abc".find()
except TypeError as error:
    print(error)
try:
    {1}.union(x=1)
except TypeError as error:
    print(error)
"abc".find("a", 1.5)
