# abs, conjugate and the parts of computed complex numbers
for z in (3 + 4j, complex(0, -5), complex(-8, 6), 1.5 - 2j):
    print(z, abs(z), z.conjugate(), z.real, z.imag)
print((1 + 2j) * (1 + 2j).conjugate())
