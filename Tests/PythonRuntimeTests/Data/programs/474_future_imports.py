"""Future imports are accepted at the top of a cell and change nothing in Python 3."""
from __future__ import print_function, division
from __future__ import (absolute_import,
                        annotations as postponed)
from __future__ import generator_stop, nested_scopes, unicode_literals, with_statement, generators
print(7 / 2, 7 // 2)
print(division)
print(postponed)
def f(x: int) -> int:
    return x + 1
print(f(1))
import __future__
print(__future__.all_feature_names)
print(type(__future__.annotations).__name__)
