print(repr('a'), repr("a'b"), repr('a"b'), repr('\n'), repr('\\'), repr(''), repr('\x00\x7f'))
['x', "y'", 'z"']
