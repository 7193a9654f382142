print('never')
x = (
