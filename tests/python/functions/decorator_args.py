def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(label, sep=":"):
    return lambda fn: lambda *a: label + sep + str(fn(*a))
@tag("sq", sep="=")
def square(x):
    return x * x
print(square(9))
