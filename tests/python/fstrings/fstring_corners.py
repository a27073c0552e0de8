# f-string corners: = debugging, conversions with specs, nested specs, braces, reentrant __format__
x = 42
name = "é"
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{name!r:^9}|", f"{name!a}", f"{{x}}", f"{{{x}}}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|", f"{'s':{'*'}^{w}}|", f"{x:#0{w}x}", f"{x:{'+' if x else ''}}")
class Inner:
    def __format__(self, spec):
        return "{}<{}>".format("in", spec)
print(f"{1}{Inner():ab}{2}", "{}{}{}".format(1, Inner(), 3), "%s|%5s" % (Inner().__format__("z"), "t"))
items = [("a", 1.5), ("bb", 22.25)]
for k, v in items:
    print(f"{k:<4}|{v:>8.2f}|{v:e}|{int(v):03d}")
print(f"{'nested {braces}'}", f"{ {'k': 1}['k'] }", f"{x:,}", f"{2**64:_x}")
