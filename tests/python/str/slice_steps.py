# str slicing with every step sign, out-of-range bounds and non-ASCII text
s = "abcdefghij"
for sl in [slice(None, None, 2), slice(None, None, -1), slice(1, 8, 3), slice(8, 1, -3), slice(-3, None),
           slice(None, -3), slice(-100, 100), slice(5, 2), slice(2, 5, -1), slice(None, None, -4), slice(-1, -11, -2)]:
    print(sl.start, sl.stop, sl.step, repr(s[sl]))
u = "αβγδε"
print(u[::2], u[::-1], u[1:4], u[-2:], u[10:], u[3:1:-1])
print(s[::3] == "adgj", s[len(s):], s[:0], s[1:2] == s[1])
try:
    s[::0]
except ValueError:
    print("ValueError")
try:
    s[1.0:]
except TypeError:
    print("TypeError")
