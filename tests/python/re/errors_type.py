# Wrong argument types.
import re

for f in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 1),
          lambda: re.compile(1), lambda: re.sub("a", "b", b"a"), lambda: re.split(b"a", "a")]:
    try:
        f()
        print("no error")
    except TypeError:
        print("TypeError")
m = re.match("(a)", "a")
for g in [2, -1, 5]:
    try:
        m.group(g)
        print("no error")
    except IndexError:
        print("IndexError")
try:
    m.span(3)
except IndexError:
    print("IndexError")
try:
    re.sub("(a)", r"\2", "a")
except Exception:
    print("error")
