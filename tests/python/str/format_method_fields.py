# str.format: auto and manual numbering, keywords, attributes, indexes, conversions, nesting
class P:
    x = 3
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __str__(self):
        return "Pstr"
    def __repr__(self):
        return "Prepr"
p = P()
print("{} {} {}".format(1, "a", 2.5), "{1}{0}{1}".format("a", "b"), "{k}-{k}".format(k=9))
print("{0.x} {1[1]} {2[key]} {3[0][1]}".format(P, "xy", {"key": "v"}, [[0, "deep"]]))
print("{}|{:spec}|{!s}|{!r}|{!s:>6}|{!r:<7}|".format(p, p, p, p, p, p))
print("{{literal}} {{{0}}} }}{{".format(5), "{:{}{}}".format(3.14159, ".", 3), "{:{w}.{p}f}".format(2.5, w=8, p=2))
print("{0:>{1}}".format("r", 4), "{:^{}}".format("c", 5), "{!a}".format("x"))
d = {"a": 1, "b": 2}
print("{a}+{b}".format(**d), "{0}{a}".format(0, **d), format(p, "fmt"), format(p))
for fmt, a, k in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{2}", (1,), {}),
                  ("{x}", (), {}), ("{!z}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0.nope}", (1,), {})]:
    try:
        fmt.format(*a, **k)
        print("no error", fmt)
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, fmt)
