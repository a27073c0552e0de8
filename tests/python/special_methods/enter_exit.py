# context managers: __enter__ value, __exit__ on normal exit and on exception
class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, "clean" if et is None else et.__name__)
        return False

with Ctx("a") as v:
    print("body", v)
try:
    with Ctx("b"):
        raise ValueError("x")
except ValueError:
    print("propagated")
