# isinstance and issubclass with built-in types and tuples
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("", (list, tuple)))
print(issubclass(int, object), issubclass(bool, int), issubclass(str, (int, str)), issubclass(KeyError, LookupError))
print(isinstance([], object), isinstance(int, type), isinstance(type, type), isinstance(None, object))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError")
