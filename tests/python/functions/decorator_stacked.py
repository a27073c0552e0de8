order = []
def d1(fn):
    order.append("d1")
    return lambda: "d1(" + fn() + ")"
def d2(fn):
    order.append("d2")
    return lambda: "d2(" + fn() + ")"
@d1
@d2
def base():
    return "base"
print(base(), order)
