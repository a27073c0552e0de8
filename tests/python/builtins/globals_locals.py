# globals() is the module namespace
x = 5
g = globals()
print(g["x"], "x" in g, g["__name__"])
g["y"] = 7
print(y)
