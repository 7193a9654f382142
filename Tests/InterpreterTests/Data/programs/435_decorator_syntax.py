@staticmethod
x = 1
