def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            return i
        finally:
            print("leaving", i)
print(h())
