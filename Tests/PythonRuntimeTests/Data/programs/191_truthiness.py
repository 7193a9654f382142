for v in [0, 1, 0.0, '', 'a', [], [0], {}, None, (), range(0)]:
    print(repr(v), bool(v))
