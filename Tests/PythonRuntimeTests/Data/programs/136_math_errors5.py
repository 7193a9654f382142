import math
math.sqrt('a')
