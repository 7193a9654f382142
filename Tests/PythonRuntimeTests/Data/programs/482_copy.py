# copy.copy and copy.deepcopy of containers, collections dicts and cell class instances.
import copy
from collections import OrderedDict, defaultdict, Counter
inner = [1, 2]
outer = [inner, inner, {'k': inner}, (inner, 3), {4, 5}]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
inner.append(99)
print(shallow, shallow is outer, shallow[0] is inner)
print(deep, deep[0] is deep[1], deep[2]['k'] is deep[0], deep[3][0] is deep[0])
cycle = [1]
cycle.append(cycle)
copied = copy.deepcopy(cycle)
print(copied, copied[1] is copied, copied is not cycle)
od = OrderedDict(a=[1], b=[2])
dd = defaultdict(list, x=[1])
counts = Counter('aab')
for original in [od, dd, counts]:
    for copier in [copy.copy, copy.deepcopy]:
        made = copier(original)
        print(type(made).__name__, made, made == original, made is original)
dd2 = copy.deepcopy(dd)
dd2['new'].append(1)
print(dd2, dd)
print(copy.copy(5), copy.deepcopy('text'), copy.copy((1, [2])), copy.deepcopy(None), copy.copy(range(3)))

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f'Node({self.value}, {self.children})'
tree = Node(1, [Node(2), Node(3)])
same = copy.copy(tree)
clone = copy.deepcopy(tree)
tree.children.append(Node(4))
tree.value = 100
print(same, clone, same.children is tree.children, type(clone).__name__, isinstance(clone, Node))

class Custom:
    def __init__(self):
        self.data = [1]
    def __copy__(self):
        print('__copy__ called')
        return 'shallow!'
    def __deepcopy__(self, memo):
        print('__deepcopy__ called with', type(memo).__name__)
        return 'deep!'
print(copy.copy(Custom()), copy.deepcopy([Custom()]))

class NoInit:
    def __init__(self):
        print('init runs once')
        self.x = 1
original = NoInit()
duplicate = copy.deepcopy(original)
print(duplicate.x, vars(duplicate))
def function():
    pass
print(copy.deepcopy(function) is function, copy.copy(len) is len)
