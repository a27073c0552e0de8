name = "pyxis"
n = 3
print(f"hello {name}, n={n}")
print(f"{n + 1} {n * 2} {name.upper()}")
print(f"{{literal}} {n}")
print(f"")
print(F"capital {n}")
