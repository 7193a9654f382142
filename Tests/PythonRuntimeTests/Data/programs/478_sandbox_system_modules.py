# gradbook-only: modules that read the clock, files, the network or the system are refused with the reason
try:
    import time
except ImportError as error:
    print(type(error).__name__, error)
try:
    from datetime import datetime
except ModuleNotFoundError as error:
    print(type(error).__name__, error)
try:
    import os.path
except ImportError as error:
    print(type(error).__name__, error)
import random, collections, math
print(random.random() < 1, 'ok')
from time import perf_counter
