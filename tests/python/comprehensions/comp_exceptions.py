try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    {x: x for x in 5}
except TypeError:
    print("TypeError")
