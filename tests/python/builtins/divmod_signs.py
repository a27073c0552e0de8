# divmod, // and % with every sign combination, ints, big ints and floats
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 5), (0, -5), (1, -1)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, a // b, a % b, q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1e-20, 1.0), (5, 2.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
big = 10**25 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, 10**12), (-big, -(10**13))]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
print(divmod(True, 2), divmod(-0.0, 1.0), divmod(0.0, -1.0))
print(divmod(float("inf"), 1.0)[1] != divmod(float("inf"), 1.0)[1])
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (big, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError:
        print("ZeroDivisionError")
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
try:
    divmod(1j, 1)
except TypeError:
    print("TypeError complex")
