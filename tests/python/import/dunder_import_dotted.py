# __import__ with a dotted name: the top-level package without a fromlist, the leaf with one.
top = __import__("pkg_a.sub")
print(top.__name__)
leaf = __import__("pkg_a.sub", None, None, ["x"])
print(leaf.__name__)
empty = __import__("pkg_a.inner.deep", None, None, [])
print(empty.__name__)
print(__import__("pkg_a.inner.deep", globals(), None, ("y",), 0).__name__)
