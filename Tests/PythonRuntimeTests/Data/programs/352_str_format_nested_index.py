data = {'w': [1.5, 2.5]}
print('{0[w][1]:.1f}'.format(data) if False else '{0[w]}'.format(data))
