# The builtins module: its static names, and names assigned to it at run time, which hide them.
import builtins
print(builtins.len([1, 2]), builtins.ValueError, builtins.Ellipsis)
print(hasattr(builtins, "zip"), hasattr(builtins, "nope"))
builtins.special = 7
print(special)
def my_len(x):
    return 99
builtins.len = my_len
print(len("abc"))
try:
    undefined_name
except NameError:
    print("NameError")
class A:
    pass
print(A.__name__, NotImplemented, KeyError)
