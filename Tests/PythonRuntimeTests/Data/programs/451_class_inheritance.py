class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"

p = Puppy("Rex", 1)
print(p.speak(), p.kind(), p.age)
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(issubclass(Dog, object), issubclass(Dog, (int, Animal)))
print([c.__name__ for c in Puppy.__mro__])
print([c.__name__ for c in Puppy.__bases__])

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__])

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as error:
    print("TypeError:", error)
try:
    class S(X, X): pass
except TypeError as error:
    print("TypeError:", error)

class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")
print(Both().log)

class Explicit(Dog):
    def kind(self):
        return super(Explicit, self).kind() + " (explicit)"
print(Explicit("Fido").kind())

def outside():
    return super()
try:
    outside()
except RuntimeError as error:
    print("RuntimeError:", error)
