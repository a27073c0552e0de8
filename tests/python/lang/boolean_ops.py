print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x")
print(not 0, not 1, not [], not [0])
print([] or {} or "" or "last")
x = 5
print(0 < x < 10, 0 < x > 10, 1 < 2 < 3 < 4)
def side(v):
    print("eval", v)
    return v
print(side(0) and side(1))
print(side(1) or side(2))
