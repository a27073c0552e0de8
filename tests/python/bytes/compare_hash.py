# ordering, equality with str, hashing and membership errors of bytes and bytearray
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" <= b"abc", bytearray(b"a") >= b"a")
print(b"abc" == "abc", b"abc" != "abc", {b"k": 1}[b"k"], hash(b"ab") == hash(b"ab"), b"ab" in {b"ab"})
try:
    hash(bytearray(b"x"))
except TypeError:
    print("TypeError")
try:
    "a" in b"abc"
except TypeError:
    print("TypeError")
try:
    300 in b"abc"
except ValueError:
    print("ValueError")
try:
    b"abc"[5]
except IndexError:
    print("IndexError")
try:
    b"ab" + "c"
except TypeError:
    print("TypeError")
try:
    b"ab" < "c"
except TypeError:
    print("TypeError")
