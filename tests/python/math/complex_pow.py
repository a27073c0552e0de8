# complex ** non-integer exponents (polar form, as CPython's _Py_c_pow).
def r(z):
    return complex(round(z.real, 12), round(z.imag, 12))

print(r((1 + 2j) ** 0.5), r((1 + 1j) ** (2 + 3j)), r(1j ** 1j), r((-4) ** 0.5))
print(r((3 + 4j) ** 1.5), r(2 ** (1 + 1j)), r((1 + 1j) ** 200))
print(0j ** 1.5, (2 + 0j) ** 0)
try:
    0j ** -1.5
except ZeroDivisionError:
    print("ZeroDivisionError")
