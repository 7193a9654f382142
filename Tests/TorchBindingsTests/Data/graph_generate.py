"""Regenerates graph_programs/*.out from graph_programs/*.py with real PyTorch (run by hand; tests never run Python).

    /work/torchenv/bin/python Tests/TorchBindingsTests/Data/graph_generate.py

A program is cells separated by `# %%` lines, run in order in one namespace. A cell's `# graph: ATTRIBUTES` line
asks for the graph after it, with a `graph` fence's attributes (`of=NAME,NAME`, `saved`, `grads`; none: the cell's
last expression). Its record is the graph's text form read off PyTorch by tools/torch_graph.py, or `!! message` when
the graph cannot be drawn; a cell without such a line records nothing. Records are joined by `# %%` lines.
"""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "tools"))
import torch_graph  # noqa: E402


def run(program):
    namespace = {"__name__": "__main__"}
    records = []
    for cell in re.split(r"^# %%\n", program, flags=re.M):
        last, assigned = torch_graph.last_statement_facts(cell, namespace)
        request = re.search(r"^# graph:(.*)$", cell, flags=re.M)
        if request is None:
            records.append("")
            continue
        roots, saved, grads = torch_graph.parse_attributes(request.group(1).split())
        try:
            records.append(torch_graph.graph_text(namespace, roots, saved, grads, last, assigned))
        except torch_graph.GraphRequestError as error:
            records.append(f"!! {error}\n")
    return "# %%\n".join(records)


def main():
    for source in sorted((HERE / "graph_programs").glob("*.py")):
        source.with_suffix(".out").write_text(run(source.read_text()))
        print(f"wrote {source.with_suffix('.out').name}")


if __name__ == "__main__":
    main()
