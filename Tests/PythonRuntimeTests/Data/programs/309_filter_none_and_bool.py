print(list(filter(bool, [0, 1, None, 'a'])), list(filter(lambda s: s.startswith('a'), ['ab', 'ba'])))
