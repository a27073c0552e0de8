# split/rsplit with and without sep, with maxsplit positional and keyword
s = "  a  b c   d  "
for m in (-1, 0, 1, 2, 10):
    print(m, s.split(None, m), s.rsplit(None, m))
t = "a,b,,c,"
for m in (-1, 0, 1, 2, 5):
    print(m, t.split(",", m), t.rsplit(",", m))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "abc".split("abc"), "".split(","), "".split())
print("x y z".split(maxsplit=1), "x y z".rsplit(maxsplit=1), "1-2-3".split(sep="-", maxsplit=1))
print("\t\n a\x0bb\x0cc\r".split(), "aaa".split("a"), "aaaa".split("aa"), "aaa".rsplit("aa"))
print("one".split(" "), " one ".split(" "), "a  b".split(" "))
for bad in ("", 5):
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
