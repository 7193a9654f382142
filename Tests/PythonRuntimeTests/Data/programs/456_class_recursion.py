class Loop:
    def __getattr__(self, name):
        return self.other

try:
    Loop().x
except RecursionError as error:
    print("RecursionError:", error)

class Node:
    def __init__(self, child=None):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"

print(repr(Node(Node())))

class Chain:
    def __init__(self, depth):
        self.depth = depth
    def __getattr__(self, name):
        return Chain(self.depth + 1).deeper
try:
    Chain(0).start
except RecursionError as error:
    print("RecursionError:", error)
print("still running")

