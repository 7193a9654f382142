"""Generates hook_cases.json: what tensor hooks (register_hook) see and do during backward, from real
PyTorch: the gradients each hook receives, in order, the resulting .grad / autograd.grad values, and errors.

Documentation only: the Swift tests read the JSON. Run:
/work/torchenv/bin/python Tests/AutogradTests/Data/hook_cases.py > Tests/AutogradTests/Data/hook_cases.json
Each scenario below has a Swift twin of the same name in HookTests.swift.
"""
import json
import torch


def leaf():
    return torch.tensor([1., 2.], requires_grad=True)


def scenario(body):
    seen = []

    def record(tag):
        def hook(g):
            seen.append([tag, g.tolist()])
        return hook
    try:
        results = body(record)
        error = None
    except Exception as e:
        results, error = {}, f"{type(e).__name__}: {e}"
    return {"seen": seen, "results": results, "error": error}


def leaf_hook_sees_gradient(record):
    x = leaf()
    x.register_hook(record("x"))
    (x * 3).sum().backward()
    return {"x.grad": x.grad.tolist()}


def leaf_hook_replaces_gradient(record):
    x = leaf()
    x.register_hook(lambda g: g * 0 + 7)
    (x * 2).sum().backward()
    return {"x.grad": x.grad.tolist()}


def leaf_hook_returns_none(record):
    x = leaf()
    x.register_hook(lambda g: None)
    (x * 3).sum().backward()
    return {"x.grad": x.grad.tolist()}


def nonleaf_hooks_then_retain_grad(record):
    x = leaf()
    y = x * 3
    y.register_hook(record("first"))
    y.register_hook(lambda g: g * 10)
    y.retain_grad()
    y.register_hook(record("after"))
    y.sum().backward()
    return {"y.grad": y.grad.tolist(), "x.grad": x.grad.tolist()}


def retain_grad_sees_final(record):
    x = leaf()
    w = x * 1
    w.register_hook(lambda g: g + 1)
    w.retain_grad()
    w.register_hook(lambda g: g * 2)
    (w * 5).sum().backward()
    return {"w.grad": w.grad.tolist(), "x.grad": x.grad.tolist()}


def removed_hook_does_not_run(record):
    x = leaf()
    handle = x.register_hook(record("x"))
    (x * 2).sum().backward()
    handle.remove()
    handle.remove()
    (x * 2).sum().backward()
    return {"x.grad": x.grad.tolist()}


def hook_sees_summed_gradient(record):
    x = leaf()
    x.register_hook(record("x"))
    (x * 2 + x * 3).sum().backward()
    return {"x.grad": x.grad.tolist()}


def root_hook_sees_seed(record):
    x = leaf()
    y = x * 2
    y.register_hook(record("y"))
    y.backward(torch.tensor([0.5, -1.]))
    return {"x.grad": x.grad.tolist()}


def grad_of_leaf_after_hook(record):
    x = leaf()
    x.register_hook(lambda g: g * 100)
    (g,) = torch.autograd.grad((x * 2).sum(), x)
    return {"grad": g.tolist(), "x.grad": None if x.grad is None else x.grad.tolist()}


def grad_of_nonleaf_after_hook(record):
    x = leaf()
    z = x * 2
    z.register_hook(lambda g: g * 10)
    (gz,) = torch.autograd.grad((z * 3).sum(), z, retain_graph=True)
    (gx,) = torch.autograd.grad((z * 3).sum(), x)
    return {"gz": gz.tolist(), "gx": gx.tolist()}


def hook_stays_with_old_node_after_inplace(record):
    w = leaf()
    u = w * 1
    u.register_hook(record("u"))
    u.mul_(2)
    u.sum().backward()
    return {"w.grad": w.grad.tolist()}


def hooks_on_split_pieces(record):
    x = torch.tensor([1., 2., 3., 4.], requires_grad=True)
    a, b = x.split(2)
    a.register_hook(record("a"))
    b.register_hook(lambda g: g * -1)
    (a * 2 + b * 3).sum().backward()
    return {"x.grad": x.grad.tolist()}


def hook_changes_size(record):
    x = leaf()
    x.register_hook(lambda g: torch.ones(3))
    (x * 2).sum().backward()
    return {}


def hook_changes_type(record):
    x = leaf()
    x.register_hook(lambda g: g.double())
    (x * 2).sum().backward()
    return {}


def hook_on_tensor_without_grad(record):
    torch.tensor([1.]).register_hook(lambda g: g)
    return {}


def hook_on_nonleaf_changes_size(record):
    x = leaf()
    y = x * 2
    y.register_hook(lambda g: g[:1])
    y.sum().backward()
    return {}


SCENARIOS = [leaf_hook_sees_gradient, leaf_hook_replaces_gradient, leaf_hook_returns_none,
             nonleaf_hooks_then_retain_grad, retain_grad_sees_final, removed_hook_does_not_run,
             hook_sees_summed_gradient, root_hook_sees_seed, grad_of_leaf_after_hook, grad_of_nonleaf_after_hook,
             hook_stays_with_old_node_after_inplace, hooks_on_split_pieces, hook_changes_size, hook_changes_type,
             hook_on_tensor_without_grad, hook_on_nonleaf_changes_size]

print(json.dumps({"torch_version": torch.__version__,
                  "scenarios": {s.__name__: scenario(s) for s in SCENARIOS}}, indent=1))
