# slicing non-ASCII strings
s = "αβγδεζ"
print(s[1:4], s[:2], s[4:], s[::2], s[::-1], s[-3:-1], s[10:])
t = "a€b€c"
print(t[1:3], t[::2], t[-2:])
