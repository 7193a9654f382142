print(sum([True, True, False]), True + True, max(True, 2))
