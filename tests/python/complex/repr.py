# repr of complex numbers
for z in (1j, complex(0, -1), 1 + 1j, 1.5 - 2.5j, complex(0, 0), complex(-1, 0), 3 + 0j, complex(2.5, 1e10)):
    print(repr(z))
