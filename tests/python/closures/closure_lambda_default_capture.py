x = 10
f = lambda y, x=x: x + y
x = 20
print(f(1))
g = lambda y: x + y
print(g(1))
