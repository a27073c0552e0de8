print("before")
assert 2 + 2 == 5, "math is broken"
print("after")
