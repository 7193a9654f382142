for spec in ['', '.2f', '10.3f', '<10.1f', '^10.2e', '+.3g', ' .1f', '010.2f', '.0f', '.1%', 'e', 'E', 'G', '.3', '#.0f', ',.2f', '_.1f']:
    print(repr(format(1234.5678, spec)), repr(format(-0.000123, spec)))
