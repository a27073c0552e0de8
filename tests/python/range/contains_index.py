# membership uses arithmetic, including negative steps and non-int values
r = range(0, 20, 5)
print(10 in r, 11 in r, 20 in r, -5 in r, 0 in r)
r = range(10, -10, -3)
print(10 in r, 7 in r, -8 in r, -9 in r, 4 in r, 5 in r)
print("a" in range(3), 1.0 in range(3))
