# f-strings with conversions, nested specs, expressions, self-documenting forms and escapes
x, w, p, name = 3.14159, 10, 3, "pyx"
print(f"{x}|{x:.2f}|{x:{w}.{p}}|{x:<{w}}|{x:*^{w}.1f}|{-x:+.3e}")
print(f"{name!r}|{name!s:>6}|{name!r:^9}|{name.upper()}|{name[::-1]}|{len(name) * 2:03d}")
print(f"{{braces}}|{'nested' + 'str'}|{[1, 2][1]}|{ {'k': 5}['k'] }|{(lambda v: v * 2)(4)}")
print(f"{255:#x}|{255:#010b}|{1234567:,}|{1234567:_}|{0.25:%}|{-7:=+6}")
print(f"{x=}", f"{name = }", f"{1 + 1=}", f"{x=:.2f}")
items = [1, 2, 3]
print(f"{sum(items)}{'!' if items else '?'}{items!r}", f"{'a' 'b'}", f"multi{1}{2}{3}")
