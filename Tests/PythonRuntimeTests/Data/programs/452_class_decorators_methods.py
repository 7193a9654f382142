class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as error:
    print("ValueError:", error)
try:
    t.fahrenheit = 5
except AttributeError as error:
    print("AttributeError:", error)
print(Temperature.convert(100), t.convert(0))
f = Temperature.freezing()
print(type(f).__name__, f.celsius)
print(Temperature.describe(), t.describe())

class Kelvin(Temperature):
    scale = "K"
print(type(Kelvin.freezing()).__name__, Kelvin.describe())

def register(cls):
    cls.registered = True
    return cls

def tag(label):
    def apply(cls):
        cls.label = label
        return cls
    return apply

@register
@tag("hello")
class Tagged:
    pass

print(Tagged.registered, Tagged.label)

def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

class Service:
    @logged
    def run(self, x):
        return x * 2

print(Service().run(21))
print(isinstance(Temperature.__dict__["convert"], staticmethod))
