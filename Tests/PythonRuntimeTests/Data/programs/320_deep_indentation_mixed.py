if True:
        if True:
                print('deep')
        print('mid')
print('top')
