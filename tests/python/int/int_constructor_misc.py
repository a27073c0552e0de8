# int() with no argument and with int arguments
print(int(), int(5), int(-5), type(int("3")).__name__)
try:
    int([1])
except TypeError:
    print("TypeError")
try:
    int("10", 1)
except ValueError:
    print("ValueError")
