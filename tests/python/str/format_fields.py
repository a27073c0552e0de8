# str.format fields: numbering, keywords, attributes, keys, conversions, nested specs, braces
class P:
    x = 3
    def __init__(self):
        self.items = {"k": "v", 1: "one"}
print("{0}-{1}-{0}".format("a", "b"), "{}/{}".format(1, 2), "{a}{b}".format(a=1, b=2))
print("{0.x} {0.items[k]} {0.items[1]}".format(P()), "{[0]}{[1]}".format("xy", "zw"), "{d[key]}".format(d={"key": 5}))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>6}|".format("a"), "{:{}}|".format("a", 4), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{{}} {{{0}}} }}{{".format(7), "{:}".format(5), "{0[0]}".format([9]), "{0:{1}{2}}".format(5, ">", 4))
print("{} {}".format(*[1, 2]), "{x}{y}".format(**{"x": 1, "y": 2}), "{0}{x}".format(0, x="k"))
print("{:>{}}|{:<{}}|".format("a", 3, "b", 3), "{0:^{1}}".format("c", 5), "{:%}".format(0.25))
print("{0:}{0!s:}".format(8), "a{}b".format(""), "".format(1, 2, x=3))
