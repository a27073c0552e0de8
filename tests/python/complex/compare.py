# complex equality; ordering is not defined
print(1 + 0j == 1, 2j == 2j, 1j != 1)
try:
    1j < 2j
except TypeError:
    print("TypeError")
print(hash(1 + 0j) == hash(1))
