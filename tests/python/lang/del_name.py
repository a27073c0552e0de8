a = 1
del a
try:
    print(a)
except NameError:
    print("NameError")
def f():
    b = 2
    del b
    try:
        return b
    except NameError:
        return "local deleted"
print(f())
