class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("continued")
try:
    with Suppress(KeyError):
        raise IndexError
except IndexError:
    print("not suppressed")
