# bytes do not support item assignment
b = b"abc"
try:
    b[0] = 1
except TypeError:
    print("TypeError")
print(b)
