def f():
    try:
        try:
            raise ValueError('v')
        finally:
            print('inner')
    except ValueError as e:
        print('outer', e)
    finally:
        print('last')
f()
