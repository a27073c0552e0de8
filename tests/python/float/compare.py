# float comparisons, including inf and nan
inf = float("inf")
nan = float("nan")
print(1.5 < 2, 2.0 == 2, -inf < -1e308, inf > 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, -inf < inf, max(1.5, 2, 0.5), min(1.5, -inf))
