# object(): a featureless base; instances take no attributes; default comparisons
o = object()
p = object()
print(type(o).__name__, o == o, o == p, o != p, o is not p, isinstance(o, object))
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
try:
    o < p
except TypeError:
    print("TypeError")
try:
    object(1)
except TypeError:
    print("TypeError args")
class Plain:
    pass
print(issubclass(Plain, object), Plain.__bases__ == (object,), object.__name__)
a = Plain()
print(a == a, a != Plain(), bool(a), str(a) == repr(a))
print(sentinel_ok := (object() is not object()))
class WithEq:
    def __eq__(self, other):
        return "custom"
print(WithEq() == 1, WithEq() != 1)
