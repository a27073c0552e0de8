def f(a, b=2, c="x"):
    return (a, b, c)
print(f(1), f(1, 3), f(1, 3, "y"))
def g(x=[]):
    x.append(len(x))
    return x
print(g(), g(), g([9]))
def h(n=1 + 2):
    return n
print(h())
