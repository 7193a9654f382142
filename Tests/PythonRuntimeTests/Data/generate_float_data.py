"""Regenerates float_repr.tsv and format_specs.tsv with CPython 3.11 (run by hand; tests never run Python).

float_repr.tsv: 64-bit pattern (hex) and repr(x). format_specs.tsv: kind (f = float bits, i = int),
value, spec, and format(value, spec).
"""
import random
import struct

random.seed(20240511)


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def widen32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e16, 1e15, 1e-4, 1e-5, 1.5e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 9007199254740993.0, 123456789012345678.0, 0.3, 2 / 3, 100.0, 1e22, 1e23]
for _ in range(1500):
    values.append(struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0])
for _ in range(1500):
    values.append(random.uniform(-1000, 1000) * 10 ** random.randint(-12, 12))
for _ in range(1500):
    values.append(widen32(random.gauss(0, 1) * 10 ** random.randint(-8, 8)))
for _ in range(500):
    values.append(round(random.uniform(-100, 100), random.randint(0, 6)))
values = [v for v in values if v == v]  # NaN payloads print alike; covered separately

with open("float_repr.tsv", "w") as out:
    for v in values:
        out.write(f"{bits(v):016x}\t{v!r}\n")

float_specs = ["", ".2f", ".4f", "10.3f", "<12.2e", ".2e", ".3g", "g", ".1%", "+.3f", " .2f", "010.2f", ".0f",
               ".3", ",.2f", "_.3f", "e", "E", "G", ".10g", "^14.5g", "#.3g", ".1f", ".6f", "8.2%"]
int_specs = ["", "d", "5d", "<6", "^7", ">+8", "08d", ",", "_", "x", "#X", "b", "#o", ".2f", "e", "%", "+,d", "=+9"]
with open("format_specs.tsv", "w") as out:
    for v in values[:1200]:
        if abs(v) > 1e200 and True:
            continue
        for spec in random.sample(float_specs, 4):
            out.write(f"f\t{bits(v):016x}\t{spec}\t{format(v, spec)}\n")
    for _ in range(800):
        n = random.choice([random.randint(-1000, 1000), random.randint(-10**15, 10**15), random.randint(0, 255)])
        spec = random.choice(int_specs)
        out.write(f"i\t{n}\t{spec}\t{format(n, spec)}\n")
