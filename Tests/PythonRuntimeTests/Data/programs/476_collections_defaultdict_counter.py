# defaultdict (repr, default_factory, missing keys stored) and Counter (most_common, repr, arithmetic).
from collections import defaultdict, Counter
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(groups['z'], groups)
print(groups.default_factory, type(groups).__name__, isinstance(groups, dict))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), counts.get('q'), 'q' in counts)
none = defaultdict()
print(none, none.default_factory)
try:
    none['x']
except KeyError as error:
    print('KeyError', error)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(dict(nested['a']), len(nested))
counts.default_factory = None
try:
    counts['zz']
except KeyError as error:
    print('KeyError', error)
print(defaultdict(int, {1: 2}, x=3), defaultdict(list, [(1, [2])]).copy())
for text, test in [
    ("defaultdict(5)", lambda: defaultdict(5)),
    ("defaultdict(int, 1, 2)", lambda: defaultdict(int, 1, 2)),
]:
    try:
        print(text, "->", test())
    except Exception as error:
        print(text, "!!", type(error).__name__, error)

c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c.total(), c['z'], 'z' in c, len(c))
print(sorted(c.elements()))
c.update('aaz')
print(c)
c.update({'q': 2})
print(c)
c.subtract('aaaaa')
print(c)
c.subtract({'b': 5})
print(c, c.most_common(3), c.most_common(-1), c.most_common(0))
print(Counter(a=2, b=-1) + Counter(a=1, b=3), Counter(a=2, b=1) - Counter(a=1, b=3))
print(Counter(a=2) | Counter(a=3, b=1), Counter(a=2, b=1) & Counter(a=1))
print(repr(Counter()), Counter({'x': 'y'}), Counter([1, 1, 2]), Counter(cats=4, dogs=8))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1, 'b': 0}, Counter('ab') == Counter('ba'))
print(type(c.copy()).__name__, type(Counter('a') + Counter('b')).__name__)
words = 'the cat the hat'.split()
print(Counter({'a': 1.5, 'b': 2}), Counter(words).most_common(1), words)
print(Counter([True, 1, 1.0]))
for text, test in [
    ("Counter(1, 2)", lambda: Counter(1, 2)),
    ("Counter(5)", lambda: Counter(5)),
    ("c.most_common('a')", lambda: c.most_common('a')),
    ("Counter('a') * Counter('b')", lambda: Counter('a') * Counter('b')),
]:
    try:
        print(text, "->", test())
    except Exception as error:
        print(text, "!!", type(error).__name__, error)
