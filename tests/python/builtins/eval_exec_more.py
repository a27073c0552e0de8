# eval/exec namespaces: explicit locals, defaults inside a function, errors
g = {"a": 1}
l = {"b": 2}
print(eval("a + b", g, l))
exec("c = a + b", g, l)
print(sorted(l), "c" in g)
exec("d = 4", g)
print(g["d"], "__builtins__" in g or True)
n = 10
def f():
    return eval("n * 2")
print(f(), eval("'x' * 3"), eval("(1, [2])"))
exec("for i in range(3): print(i, end=' ')\nprint()")
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval(5)
except TypeError:
    print("TypeError")
try:
    eval("undefined_name")
except NameError:
    print("NameError")
print("upper" in dir("x"), "append" in dir([]), "keys" in dir({}))
z = 3
print("z" in dir(), "f" in dir())
