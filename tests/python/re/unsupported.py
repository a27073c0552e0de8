# .exp: MicroPython's re has no named groups, lookaround, backreferences or inline flags, and
# Pyxis bounds group nesting at 32 levels: such patterns raise an error when compiled.
import re

deep = "(" * 40 + "a" + ")" * 40
for pat in ["(?P<n>a)", "(?=a)", "(?!a)", "(?<=a)b", r"(a)\1", "(?i)a", deep]:
    try:
        re.compile(pat)
        print(pat[:12], "compiled")
    except Exception:
        print(pat[:12], "error")
print(re.match("(" * 30 + "a" + ")" * 30, "a").group(30))
