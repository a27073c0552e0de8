# out-of-range indexing and immutability
s = "abc"
try:
    s[3]
except IndexError:
    print("IndexError")
try:
    s[0] = "x"
except TypeError:
    print("TypeError")
print(s[-3], s[2])
