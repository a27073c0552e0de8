# complex(x, -0.0) keeps the sign of the zero imaginary part, as CPython does.
z = complex(1, -0.0)
print(z, z.imag)
print(complex(0.0, -0.0), complex(-1.0, -0.0).imag)
print(complex(2, 0.0), complex(1 + 0j, -0.0))
print(complex(1, -0.0j), complex(-0.0, 1j))
