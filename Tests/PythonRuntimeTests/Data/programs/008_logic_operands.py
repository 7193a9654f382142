print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' or [] or 0)
print(not 0, not [], not [0], not '', [] and 1)
def loud(v):
    print('eval', v)
    return v
r = loud(0) and loud(1)
r = loud(1) or loud(2)
print(r)
