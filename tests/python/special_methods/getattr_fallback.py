# __getattr__ runs only for missing attributes
class Lazy:
    real = "real"

    def __getattr__(self, name):
        if name.startswith("x"):
            return "computed " + name
        raise AttributeError(name)

l = Lazy()
print(l.real)
print(l.xyz)
print(hasattr(l, "xa"), hasattr(l, "nope"))
print(getattr(l, "nope", "dflt"))
