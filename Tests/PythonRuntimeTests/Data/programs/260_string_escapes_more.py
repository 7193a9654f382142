print('a\\b', 'q\'s', '\101\x42\u0043', len('\n\t'), 'line1\
line2')
