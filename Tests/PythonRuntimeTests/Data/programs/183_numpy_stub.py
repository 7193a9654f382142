# gradbook-only: numpy is importable but empty
import numpy as np
print('imported')
np.array([1, 2])
