def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-1)(1))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-4) + "!")
