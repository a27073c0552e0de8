# complex() from text with parentheses, signs, exponents and inf/nan; malformed text; constants
z = complex(" (1.5-2e3j) ")
print(z, complex("-j"), complex("+1J"), complex("1e-3+1e+2j"), complex("inf-nanj"))
for bad in ("1 + 2j", "j1", "", "()", "1+2jj", "(1+2j"):
    try:
        complex(bad)
        print("parsed", bad)
    except ValueError:
        print("ValueError")
try:
    complex("1", 2)
except TypeError:
    print("TypeError")
print(0j, -0j, (-0.0-0j), (1+2j).real, (1+2j).imag, (3j).conjugate(), 2j ** 2)
print(1e300j, 0.5j == 0.5j, [1j, 1j][0] is not None)
