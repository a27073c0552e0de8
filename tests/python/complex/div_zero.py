# complex division by zero
try:
    (1 + 1j) / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
print((1 + 1j) / 1j)
