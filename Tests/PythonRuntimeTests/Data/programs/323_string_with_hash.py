s = 'not # a comment'  # real comment
print(s)
