def v(x):
    print("v", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 == 1.0 != 2, "a" < "b" <= "b")
print(1 in [1, 2] in [[1, 2]])
