#!/usr/bin/env python3
"""Static checks of asyncio_prelude.py against what the engine offers: only `collections` and
`functools` imported; private attributes (`x._name`) read only on the prelude's own objects;
no name used that is neither defined in the prelude, nor a native the engine provides, nor a
builtin. Prints what it finds; exit status 1 on a problem."""
import ast
import builtins
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from with_prelude import PRELUDE, NATIVES  # noqa: E402

src = open(PRELUDE, encoding="utf-8").read()
tree = ast.parse(src)
problems = []
defined = set(NATIVES)
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        defined.add(node.name)
        for a in node.args.args + node.args.kwonlyargs + node.args.posonlyargs if not isinstance(node, ast.ClassDef) else []:
            defined.add(a.arg)
        if not isinstance(node, ast.ClassDef):
            if node.args.vararg: defined.add(node.args.vararg.arg)
            if node.args.kwarg: defined.add(node.args.kwarg.arg)
    elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
        defined.add(node.id)
    elif isinstance(node, ast.ExceptHandler) and node.name:
        defined.add(node.name)
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        for a in node.names:
            if isinstance(node, ast.ImportFrom) or a.name not in ("collections", "functools"):
                problems.append(f"line {node.lineno}: import of {a.name}")
            defined.add(a.asname or a.name)
    elif isinstance(node, ast.ClassDef):
        pass
for node in ast.walk(tree):
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
        if node.id not in defined and not hasattr(builtins, node.id):
            problems.append(f"line {node.lineno}: unknown name {node.id}")
    if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
        base = node.value
        if not (isinstance(base, ast.Name) and base.id in ("self", "cls", "outer")):
            print(f"note: line {node.lineno}: private attribute {ast.unparse(node)}")
    if isinstance(node, ast.Attribute) and node.attr == "__slots__":
        problems.append(f"line {node.lineno}: __slots__")
used_builtins = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
                        and n.id not in defined and hasattr(builtins, n.id)})
print("builtins used:", " ".join(used_builtins))
natives_used = sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id in NATIVES})
print("natives used:", " ".join(natives_used))
for p in problems:
    print("PROBLEM", p)
sys.exit(1 if problems else 0)
