for spec in ['', 'd', '5d', '<5', '^5', '05d', '+d', ',', '_', 'x', 'X', '#o', '#b', 'b', '.2f', 'e', '%', '*^9', '=+6']:
    print(repr(format(255, spec)), repr(format(-42, spec)))
