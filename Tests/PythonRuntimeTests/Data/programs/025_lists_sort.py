nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len)
print(words, sorted(words, key=str.lower if False else len, reverse=True))
print(sorted(words, key=lambda w: w.lower()), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
pairs = [('a', 2), ('b', 1), ('c', 2), ('d', 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
