#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora into OUT/<harness>/ from the repository's lessons, test programs,
format-spec data and the in-repo copy of the conformance lessons (Tests/Fixtures/conformance).
Seeds follow each harness's input layout, documented in Sources/FuzzEntryPoints/*Harness.swift."""
import hashlib
import pathlib
import re
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^(`{3,}|~{3,})[ \t]*(\w+)([^\n]*)\n(.*?)^\1[ \t]*$", re.M | re.S)


def lesson_files():
    folders = [ROOT / "lessons", ROOT / "Tests/Fixtures/conformance", ROOT / "Tests/WorkbookTests/Data"]
    return sorted(p for folder in folders for p in folder.rglob("*.md"))


def fences(text):
    """(info word, rest of the info line, body) of each top-level fenced block."""
    return [(m.group(2), m.group(3).strip(), m.group(4)) for m in FENCE.finditer(text)]


def programs():
    """Whole programs: each test program, and each lesson's python cells joined in order."""
    folders = [ROOT / "Tests/PythonRuntimeTests/Data/programs", ROOT / "Tests/TorchBindingsTests/Data/torch_programs"]
    found = [p.read_text() for folder in folders for p in sorted(folder.glob("*.py"))]
    for path in lesson_files():
        cells = [body for word, info, body in fences(path.read_text()) if word == "python"]
        if cells:
            found.append("".join(cells))
            found.extend("import torch\n" + cell for cell in cells)
    return found


def matcher_seeds():
    seeds = []
    for path in lesson_files():
        for word, info, body in fences(path.read_text()):
            if word != "output":
                continue
            text = body.encode()
            approx = b"\x01" if "approx" in info else b"\x00"
            seeds.append(approx + b"\x00\x01" + text + b"\x00" + text)
            lines = text.split(b"\n")
            if len(lines) > 2:
                pattern = lines[0] + b"\n...\n" + lines[-2]
                seeds.append(b"\x00\x00\x00" + pattern + b"\x00" + text)
    return seeds


def format_seeds():
    """Harness layout: operation, value kinds, 8 value bytes each, then the spec or template."""
    data = ROOT / "Tests/PythonRuntimeTests/Data"
    seeds = []
    for name in ("format_specs.tsv", "format_spec_edges.tsv"):
        for row in (data / name).read_text().splitlines():
            kind, value, spec = row.split("\t")[:3]
            if kind == "f":
                seeds.append(bytes([0, 1, 0]) + bytes.fromhex(value)[::-1] + bytes(8) + spec.encode())
            else:
                seeds.append(bytes([0, 0, 0]) + struct.pack("<q", int(value)) + bytes(8) + spec.encode())
    for program in (data / "programs").glob("*.py"):
        for template in re.findall(r"'([^'\n]*%[^'\n]*)' %", program.read_text()):
            seeds.append(bytes([2, 9, 9]) + bytes(16) + template.encode())
            seeds.append(bytes([3, 1, 2]) + struct.pack("<d", 2.5) + bytes(8) + template.encode())
        for template in re.findall(r"'([^'\n]*\{[^'\n]*)'\.format", program.read_text()):
            seeds.append(bytes([5, 0, 1]) + struct.pack("<q", 7) + struct.pack("<d", 0.1) + template.encode())
    return seeds


def write(folder, seeds):
    folder.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        data = seed if isinstance(seed, bytes) else seed.encode()
        (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    out = pathlib.Path(sys.argv[1])
    write(out / "lesson", [p.read_bytes() for p in lesson_files()])
    write(out / "matcher", matcher_seeds())
    write(out / "parser", programs())
    write(out / "cell", programs())
    write(out / "format", format_seeds())


if __name__ == "__main__":
    main()
