def f():
    """A docstring is an expression statement and has no effect."""
    return 1
class C:
    """Class docstring."""
    def m(self):
        "method doc"
        return 2
print(f(), C().m())
