"""CPython's view of scopes, for tests/core/scope.test.ts: independent of Pyxis.

    python3 symtable_oracle.py FILE...   JSON {file: text}

For a source that compiles, the text is what tests/core/programs/scope_dump.ts prints:
every symtable scope in pre-order (children in get_children() order),

    <type> <name> <line>[ args=P/K/D][ gen]
      <name> <kind>[ param][ nonlocal]

with symbols sorted by name. kind is the symbol's resolved scope, read from the internal
Symbol._Symbol__scope (symtable has no is_cell; the module's constants LOCAL, CELL, FREE,
GLOBAL_EXPLICIT, GLOBAL_IMPLICIT are the values it holds): local, cell, free,
global_explicit, global_implicit. param is is_parameter(), nonlocal is is_nonlocal() (a
nonlocal declaration, or a walrus in a comprehension binding in the enclosing function).
args and gen come from the scope's AST node (matched by type, name and line, in column
order): args for functions and lambdas, positional (incl. positional-only)/keyword-only/
positional defaults; gen for a function or lambda that yields, an async def, a generator
expression.

For a source compile() rejects: "SyntaxError: <msg> (<lineno>:<offset>)".
"""

import ast
import json
import symtable
import sys
from symtable import LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT

KINDS = {LOCAL: "local", CELL: "cell", FREE: "free", GLOBAL_EXPLICIT: "global_explicit", GLOBAL_IMPLICIT: "global_implicit"}
COMPS = {ast.ListComp: "listcomp", ast.SetComp: "setcomp", ast.DictComp: "dictcomp", ast.GeneratorExp: "genexpr"}


def own_nodes(node):
    """Nodes of a scope's own body, not of the scopes nested in it."""
    todo = list(ast.iter_child_nodes(node))
    while todo:
        n = todo.pop()
        yield n
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, *COMPS)):
            todo.extend(ast.iter_child_nodes(n))


def scope_nodes(tree):
    found = {}
    for n in ast.walk(tree):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            key = ("function", n.name, n.lineno)
        elif isinstance(n, ast.Lambda):
            key = ("function", "lambda", n.lineno)
        elif isinstance(n, tuple(COMPS)):
            key = ("function", COMPS[type(n)], n.lineno)
        else:
            continue
        found.setdefault(key, []).append(n)
    for v in found.values():
        v.sort(key=lambda n: n.col_offset)
    return found


def header(t, nodes):
    line = "%s %s %d" % (t.get_type(), t.get_name(), t.get_lineno())
    key = (t.get_type(), t.get_name(), t.get_lineno())
    if key in nodes and nodes[key]:
        n = nodes[key].pop(0)
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            a = n.args
            line += " args=%d/%d/%d" % (len(a.posonlyargs) + len(a.args), len(a.kwonlyargs), len(a.defaults))
            body = n.body if isinstance(n.body, list) else [n.body]
            gen = isinstance(n, ast.AsyncFunctionDef) or any(
                isinstance(x, (ast.Yield, ast.YieldFrom)) for b in body for x in [b, *own_nodes(b)])
            if gen:
                line += " gen"
        elif isinstance(n, ast.GeneratorExp):
            line += " gen"
    return line


def dump(t, nodes, out):
    out.append(header(t, nodes))
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        text = "  %s %s" % (s.get_name(), KINDS[s._Symbol__scope])
        if s.is_parameter():
            text += " param"
        if s.is_nonlocal():
            text += " nonlocal"
        out.append(text)
    for c in t.get_children():
        dump(c, nodes, out)


def verdict(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        return "%s: %s (%s:%s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    text = source.decode("utf-8")
    out = []
    dump(symtable.symtable(text, path, "exec"), scope_nodes(ast.parse(text)), out)
    return "\n".join(out)


if __name__ == "__main__":
    print(json.dumps({path: verdict(path) for path in sys.argv[1:]}))
