people = [('bob', 25), ('amy', 30), ('cat', 25)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
