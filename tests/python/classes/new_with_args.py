# __new__ receives the class and the call's arguments
class Tagged:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = len(args)
        return inst

    def __init__(self, *args):
        print("init", args)

t = Tagged(1, 2)
print(t.created)
