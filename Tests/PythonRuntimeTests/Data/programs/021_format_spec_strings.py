for spec in ['', '10', '<10', '>10', '^10', '*^11', '.2', '10.3', '-<6']:
    print(repr(format('gradbook', spec)))
print(format(True), format(True, 'd'), format(None, ''), format(1.5))
