# format() builtin and str.format with a mix of types
print(format(42), format(42, "x"), format("s", ">3"), format(3.5, "08.3f"))
print("{0:>4}|{1:<6.2f}|{2!s}|{3}".format(7, 2.5, None, [1]))
print("%-6s|%6.2f|%+d" % ("ab", 3.14159, 7))
