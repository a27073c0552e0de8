width = 8
prec = 2
v = 3.14159
print(f"[{v:{width}.{prec}f}]")
print(f"[{'x':>{width}}]")
