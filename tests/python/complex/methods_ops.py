# complex: constructor forms, real/imag/conjugate, arithmetic with every numeric type, equality and hashing
for z in (complex(), complex(1), complex(1, 2), complex(-1.5, -0.0), complex("3+4j"), complex("-2j"), complex(2j, 1), 1 + 0j):
    print(z, z.real, z.imag, z.conjugate(), abs(complex(3, 4)))
a, b = 1 + 2j, 3 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, -a, +a, a + 1, 2 * a, a + 0.5, True + a, a == 1 + 2j, a != b)
print(complex(1, 0) == 1, 1j * 1j == -1, hash(2 + 0j) == hash(2), {1 + 0j: "x"}[1], (0j == 0) and (0j == False))
for bad in (lambda: a < b, lambda: a // b, lambda: a % b, lambda: complex("1+"), lambda: 1j / 0, lambda: int(a)):
    try:
        bad()
        print("no error")
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__)
