"""The text form of an autograd graph, read off real PyTorch: the oracle for Gradbook's ``graph`` fences.

Developer tool only (tests and CI never import torch). ``tools/pytorch_expected.py`` uses it to check and update the
``graph`` fences of lessons, and ``Tests/TorchBindingsTests/Data/graph_generate.py`` to make the expected graphs the
Swift tests compare with. The format is documented in docs/lesson-format.md ("Graphs"); this is a second, independent
implementation of it, written against PyTorch's public graph API (``grad_fn``, ``next_functions``, ``variable``,
``_saved_*``, ``_base``), so a difference between the two is a difference between Gradbook's engine and PyTorch's.
"""

NODE_LIMIT = 150
SEQUENCE_LIMIT = 64
PRINTED_GRAD_LIMIT = 16


class GraphRequestError(Exception):
    pass


class _Missing:
    """No last expression (unlike a last expression whose value is None)."""


MISSING = _Missing()


def parse_attributes(words):
    """A graph fence's info words after ``graph`` as (roots or None, saved, grads)."""
    roots, saved, grads = None, False, False
    for word in words:
        if word.startswith("of="):
            roots = [name for name in word[3:].split(",")]
        elif word == "saved":
            saved = True
        elif word == "grads":
            grads = True
        else:
            raise GraphRequestError(f"unknown attribute `{word}` in a `graph` fence")
    return roots, saved, grads


def _is_tensor(value):
    import torch
    return isinstance(value, torch.Tensor)


def _is_node(value):
    return hasattr(value, "next_functions") and hasattr(value, "name")


class _Names:
    """Which variables hold which tensors (by identity), and which nodes produced named tensors."""

    def __init__(self, namespace):
        self.by_tensor = {}
        self.by_producer = {}
        self.keep = []
        for name in sorted(namespace):
            if name.startswith("__") and name.endswith("__"):
                continue
            value = namespace[name]
            if _is_tensor(value):
                self._add(name, value)
            elif isinstance(value, (list, tuple)) and len(value) <= SEQUENCE_LIMIT:
                for index, element in enumerate(value):
                    if _is_tensor(element):
                        self._add(f"{name}[{index}]", element)

    def _add(self, name, tensor):
        self.keep.append(tensor)
        self.by_tensor.setdefault(id(tensor), []).append(name)
        if tensor.grad_fn is not None:
            self.keep.append(tensor.grad_fn)
            self.by_producer.setdefault(id(tensor.grad_fn), []).append(name)

    def of(self, tensor):
        return self.by_tensor.get(id(tensor), [])

    def produced_by(self, node):
        return self.by_producer.get(id(node), [])


def _roots(namespace, roots, last_value, last_assigned):
    def graph_roots(value, what):
        if _is_tensor(value) or _is_node(value):
            return [value]
        if isinstance(value, (list, tuple)) and 0 < len(value) <= SEQUENCE_LIMIT:
            if all(_is_tensor(v) or _is_node(v) for v in value):
                return list(value)
        name = type(value).__name__
        article = "an" if name[:1].lower() in "aeiou" else "a"
        raise GraphRequestError(f"{what} is {article} {name}, not a tensor; a graph starts from tensors (or grad_fn nodes)")

    found = []
    if roots is not None:
        for name in roots:
            if name not in namespace or (name.startswith("__") and name.endswith("__")):
                raise GraphRequestError(f"`{name}` is not defined after this cell")
            found += graph_roots(namespace[name], f"`{name}`")
    elif last_value is not MISSING:
        found = graph_roots(last_value, "the cell's last expression")
    elif last_assigned:
        return _roots(namespace, list(last_assigned), MISSING, ())
    else:
        raise GraphRequestError("the cell ends with neither an expression nor an assignment, so there is nothing "
                                "to draw by default; name the tensors with of=NAME")
    unique, seen = [], set()
    for root in found:
        if id(root) not in seen:
            seen.add(id(root))
            unique.append(root)
    return unique


def _grad_text(grad):
    if grad is None:
        return "None"
    if grad.numel() > PRINTED_GRAD_LIMIT:
        return _shape(grad.shape) + " tensor"
    lines = repr(grad).split("\n")
    return " ".join([lines[0]] + [line.lstrip(" ") for line in lines[1:]])


def _shape(shape):
    return "[" + ", ".join(str(n) for n in shape) + "]"


def _saved_values(node):
    """(attribute, tensor) for each tensor the node saved, and whether a backward pass freed them."""
    values, freed = [], False
    for attribute in sorted(dir(node)):
        if not attribute.startswith("_saved_"):
            continue
        try:
            value = getattr(node, attribute)
        except RuntimeError:
            freed = True
            continue
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            if _is_tensor(item):
                values.append((attribute, item))
    return values, freed


def graph_text(namespace, roots=None, saved=False, grads=False, last_value=MISSING, last_assigned=(),
               limit=NODE_LIMIT):
    """The text form of the graph of ``roots`` (variable names), or of the last expression's value (``MISSING`` when
    the cell did not end with an expression), or of the names the last statement assigned. Raises GraphRequestError
    as Gradbook reports it."""
    names = _Names(namespace)
    keep = list(names.keep)
    # Items: ("tensor", t, role) role in output/leaf/viewBase, ("function", node), ("saved", owner, index, attr, t).
    def key(item):
        if item[0] == "saved":
            return ("saved", id(item[1]), item[2])
        return ("object", id(item[1]))

    queue, discovered = [], set()

    def discover(item):
        k = key(item)
        if k not in discovered:
            discovered.add(k)
            queue.append(item)
            keep.append(item)

    for root in _roots(namespace, roots, last_value, last_assigned):
        discover(("tensor", root, "output") if _is_tensor(root) else ("function", root))
    root_keys = [key(item) for item in queue]
    kept, expansions, head = [], {}, 0
    freed_nodes = set()
    while head < len(queue):
        item = queue[head]
        head += 1
        expansion = {"gradFn": None, "viewBase": None, "inputs": [], "variable": None, "saved": []}
        if item[0] == "tensor" and item[2] in ("output", "viewBase"):
            tensor = item[1]
            if tensor.grad_fn is not None:
                expansion["gradFn"] = ("function", tensor.grad_fn)
            if item[2] == "output" and tensor._is_view() and tensor._base is not tensor:
                expansion["viewBase"] = ("tensor", tensor._base, "viewBase")
        elif item[0] == "function":
            node = item[1]
            expansion["inputs"] = [None if fn is None else ("function", fn) for fn, _ in node.next_functions]
            if hasattr(node, "variable"):
                expansion["variable"] = ("tensor", node.variable, "leaf")
            if saved:
                values, freed = _saved_values(node)
                if freed:
                    freed_nodes.add(id(node))
                expansion["saved"] = [("saved", node, index, attribute, tensor)
                                      for index, (attribute, tensor) in enumerate(values)]
        children = [expansion["gradFn"], expansion["viewBase"]] + expansion["inputs"] + [expansion["variable"]]
        for child in children + expansion["saved"]:
            if child is not None:
                discover(child)
        if len(kept) < max(limit, 1):
            kept.append(item)
            expansions[key(item)] = expansion
    omitted = len(queue) - len(kept)
    kept_keys = {key(item) for item in kept}
    items = {key(item): item for item in kept}

    def tensor_summary(tensor, role, bound, is_result=False):
        name = "result" if is_result else (", ".join(bound) if bound else "(unnamed)")
        parts = [f"{name}: {_shape(tensor.shape)} {str(tensor.dtype).replace('torch.', '')}"]
        if role == "saved":
            return parts
        if tensor.is_leaf:
            parts.append("leaf")
        parts.append(f"requires_grad={tensor.requires_grad}")
        if tensor.retains_grad:
            parts.append("retains_grad=True")
        if role == "output" and tensor._is_view() and tensor._base is not tensor:
            base = names.of(tensor._base)
            parts.append("view of " + ", ".join(base) if base else "view")
        if grads and (tensor.is_leaf or tensor.retains_grad) and tensor.requires_grad:
            parts.append("grad=" + _grad_text(tensor.grad))
        return parts

    def label(item, produces_parent=False):
        if item[0] == "tensor":
            return ", ".join(tensor_summary(item[1], item[2], names.of(item[1])))
        if item[0] == "saved":
            is_result = item[3].startswith("_saved_result")
            bound = [] if is_result else names.of(item[4])
            return ", ".join(tensor_summary(item[4], "saved", bound, is_result))
        node = item[1]
        text = type(node).__name__
        produced = names.produced_by(node)
        if produced and not produces_parent:
            text += " (" + ", ".join(produced) + ")"
        if saved and id(node) in freed_nodes:
            text += " [saved tensors freed]"
        return text

    def link(child):
        if child is None:
            return None
        k = key(child)
        return k if k in kept_keys else "omitted"

    def children_of(k):
        expansion = expansions[k]
        children = []
        if expansion["gradFn"] is not None:
            children.append((link(expansion["gradFn"]), "", True))
        if expansion["viewBase"] is not None:
            children.append((link(expansion["viewBase"]), "view of ", False))
        children += [(link(child), "", False) for child in expansion["inputs"]]
        if expansion["variable"] is not None:
            children.append((link(expansion["variable"]), "", False))
        saved_links = [link(child) for child in expansion["saved"]]
        labelled = [(label(items[s]) if s not in (None, "omitted") else "", s) for s in saved_links]
        labelled = [pair for _, pair in sorted(enumerate(labelled), key=lambda p: (p[1][0], p[0]))]
        children += [(s, "saved ", False) for _, s in labelled]
        return children

    references = {}
    for k in root_keys:
        references[k] = references.get(k, 0) + 1
    for k in kept_keys:
        for child, _, _ in children_of(k):
            if child not in (None, "omitted"):
                references[child] = references.get(child, 0) + 1

    lines, markers, printed, omitted_shown = [], {}, set(), False
    stack = [(k, "", "", "", False) for k in reversed(root_keys) if k in kept_keys]
    while stack:
        k, relation, lead, indent, produces_parent = stack.pop()
        if k is None:
            lines.append(lead + relation + "None")
            continue
        if k == "omitted":
            lines.append(lead + relation + ("…" if omitted_shown else f"… {omitted} more"))
            omitted_shown = True
            continue
        text = label(items[k], produces_parent)
        if references.get(k, 0) > 1 and k not in markers:
            markers[k] = len(markers) + 1
        marker = f" #{markers[k]}" if k in markers else ""
        if k in printed:
            lines.append(lead + "↑ " + relation + text + marker)
            continue
        printed.add(k)
        lines.append(lead + relation + text + marker)
        children = children_of(k)
        for index in reversed(range(len(children))):
            child, child_relation, is_grad_fn = children[index]
            last = index == len(children) - 1
            stack.append((child, child_relation, indent + ("└─ " if last else "├─ "),
                          indent + ("   " if last else "│  "), is_grad_fn))
    del keep
    return "".join(line + "\n" for line in lines)


def last_statement_facts(code, namespace):
    """Runs ``code`` like a cell in ``namespace`` (errors propagate) and returns (last expression value or MISSING,
    names the final statement assigned), as Gradbook's session remembers them."""
    import ast
    tree = ast.parse(code)
    last, assigned = MISSING, []
    final = tree.body[-1] if tree.body else None
    if isinstance(final, ast.Expr):
        tree.body.pop()
        exec(compile(tree, "<cell>", "exec"), namespace)
        last = eval(compile(ast.Expression(final.value), "<cell>", "eval"), namespace)
        return last, assigned
    exec(compile(tree, "<cell>", "exec"), namespace)
    return last, assigned_names(final)


def assigned_names(statement):
    """The plain names an assignment statement binds (``a = b = ...``, ``a: T = ...``, ``a += ...``)."""
    import ast
    if isinstance(statement, ast.Assign):
        return [t.id for t in statement.targets if isinstance(t, ast.Name)]
    if isinstance(statement, ast.AnnAssign) and statement.value is not None and isinstance(statement.target, ast.Name):
        return [statement.target.id]
    if isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name):
        return [statement.target.id]
    return []
