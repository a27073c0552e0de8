def f(a, b, c=3):
    return a * 100 + b * 10 + c
print(f(1, 2), f(a=1, b=2), f(1, c=5, b=0), f(c=1, b=2, a=3))
