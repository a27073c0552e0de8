def add(a, b): return a + b
def sub(a, b): return a - b
ops = {"+": add, "-": sub}
print([ops[o](10, 3) for o in "+-"])
print(list(map(lambda f: f(2, 2), [add, sub, max, min])))
def maker():
    return add
print(maker()(1, 1))
