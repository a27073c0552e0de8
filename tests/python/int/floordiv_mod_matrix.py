# //, % and divmod for every sign with small and big ints, matching a * (a // b) + a % b == a
vals = [0, 1, -1, 3, -3, 7, -7, 2**31 - 1, -(2**31), 2**62 + 3, -(2**62) - 5, 10**30 + 1, -(10**30) - 7]
bad = 0
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = a // b, a % b
        if (q, r) != divmod(a, b) or q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            bad += 1
print("inconsistent:", bad)
print([(-7) // d for d in (1, 2, 3, 4, 5, 8)], [(-7) % d for d in (1, 2, 3, 4, 5, 8)])
print([7 // d for d in (-1, -2, -3, -4, -5, -8)], [7 % d for d in (-1, -2, -3, -4, -5, -8)])
print(divmod(-(10**30) - 7, 10**15), divmod(10**30 + 1, -(2**62) - 5), (-(2**62) - 5) % 1000)
