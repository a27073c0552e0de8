# sorting incomparable items raises TypeError
try:
    [1, "a", 2].sort()
except TypeError:
    print("TypeError")
print(sorted([]), sorted([1]))
