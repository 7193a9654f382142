"""Regenerates format_spec_edges.tsv with CPython 3.11 (run by hand; tests never run Python).

Edge cases of the format-spec mini-language the random sample in format_specs.tsv rarely reaches: the
no-type `.N` form, `#` with every float type, `z` (negative-zero coercion), precisions above 100, zero
and rounding boundaries. Columns: kind (f = float bits, i = int), value, spec, and either
format(value, spec) or `!ExceptionName: message` when CPython raises.
"""
import struct


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 9.99, 99.99, 123.0, 12.0, 1e16, 1e-4, 1e-5, -1e-9, -0.0001,
          0.1, 2 / 3, 5e-324, 1.7976931348623157e308, 123456.789, 9.5, 0.05, 1e22]
float_specs = [".0", ".1", ".2", ".3", ".17", "#.0", "#.1", "#.3", "#.3g", "#g", "#.0g", "#.0e", "#.2e", "#e",
               "#.0f", "#f", "#.0%", ".0g", ".0e", "z.2f", "z.1e", "z", "z.3", "z.2%", "z.0g", "+z.1f", " z.0f",
               "z#.0f", "z+.1f", ".120f", ".150e", ".130g", "#.110g", ".1100f", ".800e", "n", ".3n", "#n",
               ",.3", "_.3e", "012.3", "#10.0e", "z010.1f"]
ints = [0, -1, 7, -42, 123456]
int_specs = ["z", "zd", "z.1f", "#.0e", ".2", "#.3g", "z,"]

with open("format_spec_edges.tsv", "w") as out:
    def row(kind, shown, value, spec):
        try:
            text = format(value, spec)
        except Exception as error:  # the exact message is part of the expectation
            text = f"!{type(error).__name__}: {error}"
        out.write(f"{kind}\t{shown}\t{spec}\t{text}\n")

    for v in floats:
        for spec in float_specs:
            row("f", f"{bits(v):016x}", v, spec)
    for n in ints:
        for spec in int_specs:
            row("i", n, n, spec)
