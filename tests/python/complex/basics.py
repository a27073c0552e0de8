# complex construction, parts and arithmetic
z = complex(3, 4)
print(z, z.real, z.imag, abs(z))
print(1j, 2 + 3j, (1 + 2j) * (3 - 1j), (1 + 2j) + 1, (4 + 2j) / 2)
print(-(1 + 1j), 2j * 2j, 1j * 1j)
print(z.conjugate(), complex(2), complex(0, -1))
