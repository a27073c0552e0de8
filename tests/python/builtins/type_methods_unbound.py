# built-in types' methods looked up on the type are plain functions taking self first
l = []
list.append(l, 1)
list.extend(l, [2, 3])
print(l, list.__getitem__(l, 2))
print(str.join(",", ["a", "b"]), str.upper("abc"))
d = {1: "one"}
print(dict.__getitem__(d, 1), dict.get(d, 2, "none"))
dict.__setitem__(d, 2, "two")
dict.__delitem__(d, 1)
print(d)
print(int.from_bytes(b"\x01\x00", "little"))
f = str.strip
print(f("  x  "))
try:
    dict.__getitem__([], 0)
except TypeError:
    print("TypeError")
try:
    list.__setitem__({}, 0, 0)
except TypeError:
    print("TypeError")
