# int() truncates floats toward zero
print(int(3.9), int(-3.9), int(0.0), int(-0.5), int(1e10))
print(int(True), int(False))
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
