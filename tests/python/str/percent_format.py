# printf-style % formatting
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%r" % "x", "%5s|%-5s|" % ("a", "b"))
print("%c%c" % (65, "b"), "%x" % 255, "%.3s" % "abcdef", "%s" % (1,))
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError")
