# printf-style % formatting: every conversion with flags, width, precision and *
print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%+05d" % (42, -42, 7, 3, 3, -3, 3, 3, 3))
print("%x|%X|%#x|%#X|%o|%#o|%08x|%-#8x|%#08o" % (255, 255, 255, 255, 8, 8, 255, 255, 8))
print("%e|%E|%.2e|%f|%.1f|%F|%g|%G|%.3g|%10.3f|%-10.2e|%+.0f" % ((1234.5678,) * 12))
print("%g|%g|%g|%G|%#g|%#.3g|%.0e|%#.0f" % (1e-5, 1e16, 0.0001, 1e-10, 1.0, 2.0, 12345.0, 3.0))
print("%s|%r|%a|%10s|%-10s|%.2s|%5.1s|%c|%c|%%" % ("hi", "hi", "hi", "pad", "pad", "trunc", "xyz", "A", 66))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30})
print("%s %s" % ([1, 2], (3,)), "%s" % ((1, 2),), "%d%%" % 50, "%s" % None, "%r" % b"x")
print("%d %x %o" % (2**70, 2**70, -(2**70)), "%d" % True, "%x" % False, "%.3d" % 5, "%5.3d" % -5)
print("%f %e" % (float("inf"), float("-inf")), "%5.1f" % float("nan"), "%d" % 3.99, "%d" % -3.99)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%c", "ab"), ("%(a)s", (1,)), ("%z", 1),
                  ("%x", 1.5), ("%c", -1), ("%", ()), ("%(a", {"a": 1})]:
    try:
        fmt % args
        print("no error", fmt)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, fmt)
