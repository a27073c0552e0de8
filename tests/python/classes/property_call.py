# property() called directly rather than as a decorator
class Box:
    def __init__(self):
        self._v = 1

    def _get(self):
        return self._v

    def _set(self, v):
        self._v = v * 2

    v = property(_get, _set)

b = Box()
print(b.v)
b.v = 4
print(b.v)
print(type(Box.v).__name__)
