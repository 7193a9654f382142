# itertools: every function's order, laziness and CPython's errors.
import itertools
from itertools import count, cycle, repeat, chain, islice, product, zip_longest, accumulate
from itertools import combinations, permutations, combinations_with_replacement, groupby
print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), list(islice(count(True), 3)))
print(list(islice(cycle('abc'), 8)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
print(list(repeat('x', 3)), list(repeat(1, -2)), list(islice(repeat(None), 2)), list(repeat(times=2, object=0)))
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', [3]])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 1, None, 3)))
print(list(islice('abcdefg', None)), list(islice(range(10), 0, 6, 4)))
source = iter(range(10))
print(list(islice(source, 5, 3)), next(source))
source = iter(range(10))
print(list(islice(source, 0, 6, 4)), next(source))
print(list(product('ab', range(2))), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([], initial=5)))
print(list(accumulate([1, 2], initial=10)), list(accumulate(['a', 'b', 'c'])), list(accumulate([3, 1, 4], max)))
print(list(combinations('abcd', 2)), list(combinations(range(3), 3)), list(combinations([1], 2)), list(combinations('ab', 0)))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations([], 0)), list(permutations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print([(k, list(g)) for k, g in groupby('aaabbcaa')], [k for k, g in groupby([1, 1, 2, 3, 3])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 4)])
groups = groupby('aabbb')
key, first = next(groups)
key2, second = next(groups)
print(key, list(first), key2, list(second))
print(list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, '', 'a'])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.pairwise('abcd')), list(itertools.pairwise('a')))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))))
print(sum(1 for _ in islice(cycle([1]), 1000)), next(count(5)))
for text, test in [
    ("islice(range(10), -1)", lambda: islice(range(10), -1)),
    ("islice(range(10), 1, 2, 0)", lambda: islice(range(10), 1, 2, 0)),
    ("islice(range(10), 'a')", lambda: islice(range(10), 'a')),
    ("islice(range(10), -1, 2)", lambda: islice(range(10), -1, 2)),
    ("islice()", lambda: islice()),
    ("count('a')", lambda: count('a')),
    ("repeat()", lambda: repeat()),
    ("combinations([1], -1)", lambda: combinations([1], -1)),
    ("permutations([1], -1)", lambda: permutations([1], -1)),
    ("product([1], repeat=-1)", lambda: product([1], repeat=-1)),
    ("next(chain(1))", lambda: next(chain(1))),
    ("zip_longest(1)", lambda: zip_longest(1)),
    ("cycle(5)", lambda: cycle(5)),
    ("combinations([1, 2])", lambda: combinations([1, 2])),
    ("permutations()", lambda: permutations()),
    ("repeat(1, 'a')", lambda: repeat(1, 'a')),
    ("next(accumulate([1, 'a']))", lambda: list(accumulate([1, 'a']))),
]:
    try:
        result = test()
        print(text, "->", type(result).__name__)
    except Exception as error:
        print(text, "!!", type(error).__name__, error)
