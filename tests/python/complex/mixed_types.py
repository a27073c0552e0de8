# complex combined with int, float and bool
print(1j + 1, 1j + 1.5, 1j * True, 2 - 1j, 1.0 * 1j, type(1 + 0j).__name__)
print(isinstance(1j, complex), bool(0j), bool(1j))
