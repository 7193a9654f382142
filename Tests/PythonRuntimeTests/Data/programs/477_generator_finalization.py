# A generator dropped while suspended is closed: GeneratorExit at its yield runs finally blocks and with exits.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, kind, value, traceback):
        print('exit', self.name, kind.__name__ if kind else None)
        return False

def numbers(label):
    try:
        with Resource(label):
            for n in range(10):
                yield n
    finally:
        print('finally', label)

g = numbers('a')
print(next(g), next(g))
del g
print('after del')

for n in numbers('b'):
    if n == 1:
        break
print('after break')

g = numbers('c')
next(g)
g = None
print('after rebinding')

def catches():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
def swallows():
    try:
        yield 1
    except GeneratorExit:
        print('returning instead')
        return
    print('not reached')
h = catches()
next(h)
del h
k = swallows()
next(k)
del k

def closing():
    try:
        yield 1
        yield 2
    finally:
        print('closed')
c = closing()
print(next(c))
c.close()
print(list(c), c.close())

def never_started():
    try:
        yield 1
    finally:
        print('not printed: the body never started')
n = never_started()
del n

def finished():
    try:
        yield 1
    finally:
        print('finished normally')
print(list(finished()))

def outer():
    try:
        yield from numbers('inner')
    finally:
        print('outer finally')
o = outer()
next(o)
del o
print('end')
