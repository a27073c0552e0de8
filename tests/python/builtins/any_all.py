# any/all short-circuit
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("a"), all(x > 0 for x in [1, 2]))

def noisy(v):
    print("check", v)
    return v

print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
