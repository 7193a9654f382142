try:
    {}['x']
except KeyError as e:
    print(e, repr(e), e.args)
