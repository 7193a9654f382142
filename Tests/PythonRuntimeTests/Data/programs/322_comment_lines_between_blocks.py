for i in range(2):
    # a comment

    print(i)
  # odd comment indentation
    print('still in loop')
