# support submodule of pkg_a
def f():
    return "pkg_a.sub.f"

LEVEL = 1
