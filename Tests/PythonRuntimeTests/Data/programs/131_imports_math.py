import math
from math import sqrt, pi as PI
import math as m
print(math.pi, math.e, math.sqrt(16), sqrt(2), PI, m.floor(-2.5), math.ceil(2.1), math.fabs(-3))
print(math.exp(1), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.tanh(0.5))
print(math.sin(0), math.cos(0), math.tan(0.5), math.atan(1) * 4, math.atan2(1, -1), math.inf, -math.inf, math.tau)
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(math.inf), math.pow(2, 10), math.factorial(10))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.floor(3), type(math.floor(2.5)))
