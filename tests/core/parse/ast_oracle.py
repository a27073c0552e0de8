"""CPython's view of Python sources, for tests/core/parse.test.ts: independent of Pyxis.

    python3 ast_oracle.py FILE...     JSON {file: text}: ast.dump(ast.parse(src)) for a source
                                      CPython's parser accepts, else the one line
                                      "<Class>: <msg> (<lineno>:<offset>)" of the SyntaxError
                                      (or IndentationError) that ast.parse raises.

Files are read as bytes and parsed as ast.parse does (UTF-8, a BOM skipped). Floats and
imaginary numbers need no mapping: ast_dump.ts prints the literal's value with CPython's
repr (core/float_format.ts), which is what ast.dump prints.

Only parser errors are compared: errors CPython's compiler raises after parsing (symbol
table: 'return' outside function, nonlocal at module level, duplicate arguments…) are left
to Pyxis's compiler too, so sources here are checked with ast.parse, not compile().
"""

import ast
import json
import sys


def verdict(path: str) -> str:
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source)
    except SyntaxError as e:  # IndentationError is a subclass
        return "%s: %s (%s:%s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (MemoryError, RecursionError) as e:
        return type(e).__name__
    return ast.dump(tree)


if __name__ == "__main__":
    print(json.dumps({path: verdict(path) for path in sys.argv[1:]}))
