# Seeds of every width CPython keys differently, and the raw streams they give.
import random
for seed in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**40 + 12345, -9223372036854775807 - 1, 9223372036854775807, True, False]:
    random.seed(seed)
    print(seed, [random.getrandbits(32) for _ in range(5)], random.random())
random.seed(7)
print([random.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 48, 63]])
random.seed(123)
draws = [random.random() for _ in range(1500)]
print(draws[:3], draws[623:626], draws[-2:])
print(sum(draws))
for seed in [0.5, -2.25, 1e100, 3.0, float('inf'), -0.0]:
    random.seed(seed)
    print(seed, random.random())
for seed in ["", "a", "hello world", "héllo ✓", "x" * 200]:
    random.seed(seed)
    print(repr(seed[:10]), random.random(), random.getrandbits(20))
    random.seed(seed, version=1)
    print(repr(seed[:10]), random.random())
