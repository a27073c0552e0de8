# negative steps on strings, lists and tuples
s = "0123456789"
print(s[::-1], s[8:2:-2], s[-1:-4:-1], s[2:8:-1], s[::-3])
l = list(range(6))
print(l[::-2], l[4::-1], tuple(l)[-2::-2])
