# inf and nan arithmetic
inf = float("inf")
print(inf + 1, inf * -1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(str(float("nan")), repr(-inf))
