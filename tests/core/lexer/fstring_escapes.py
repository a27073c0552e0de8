b = 1; d = 2
a = f"\x7b{b}\x7d\t\u00e9"
c = f"{d:\x3e4}"
