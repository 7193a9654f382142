scores = {'alice': 3, 'bob': 5, 'carol': 4}
for name in scores:
    print(name, scores[name])
for name, score in sorted(scores.items(), key=lambda kv: -kv[1]):
    print(name, score)
print({k: v * 2 for k, v in scores.items() if v > 3}, max(scores, key=scores.get))
print({(1, 2): 'tuple key', None: 'none', 'nested': {'a': [1, 2]}})
