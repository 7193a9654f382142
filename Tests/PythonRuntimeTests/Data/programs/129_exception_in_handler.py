try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_thing
    finally:
        print('inner finally')
except NameError as e:
    print('outer caught', e)
