# gradbook-only: Gradbook's modules are built in, so CPython's file path reads (unknown location)
from math import nosuch
