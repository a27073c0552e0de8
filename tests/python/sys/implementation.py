# .exp: sys.implementation is MicroPython's attribute tuple (name 'micropython', _mpy for .mpy v6.3); CPython's is a SimpleNamespace
import sys

impl = sys.implementation
print(impl.name, type(impl.version), len(impl.version) >= 3, impl.version[:2] >= (1, 20))
mpy = getattr(impl, "_mpy", None)
print(mpy, mpy and mpy & 0xff, mpy and mpy >> 8 & 3)
print(type(getattr(impl, "_machine", None)), type(getattr(impl, "_build", None)))
try:
    print(type(impl).__name__, len(impl), impl[0], impl[0] is impl.name, tuple(impl) == impl)
    print(repr(impl).startswith("(name='micropython', version=(1, "), repr(impl[:1]), impl[1:2] == (impl.version,))
except TypeError:
    print("not a tuple")
try:
    impl.cache_tag2
except AttributeError:
    print("AttributeError")
